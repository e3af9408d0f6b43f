package dev.kokoro.error;

/** The client named a resource that does not exist (HTTP 404). */
public class NotFoundException extends KokoroException {
    public NotFoundException(String message, String param, String code) {
        super(message, param, code);
    }
}
