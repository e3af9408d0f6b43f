package dev.kokoro.error;

/** The request is understood but this resource may not be changed that way (HTTP 403). */
public class ForbiddenException extends KokoroException {
    public ForbiddenException(String message, String param, String code) {
        super(message, param, code);
    }
}
