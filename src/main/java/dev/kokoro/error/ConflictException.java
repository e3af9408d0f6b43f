package dev.kokoro.error;

/** The client tried to create something that already exists (HTTP 409). */
public class ConflictException extends KokoroException {
    public ConflictException(String message, String param, String code) {
        super(message, param, code);
    }
}
