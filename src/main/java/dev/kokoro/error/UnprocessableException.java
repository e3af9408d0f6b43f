package dev.kokoro.error;

/** The request is well formed but what it carries cannot be used, e.g. a corrupt voice pack (HTTP 422). */
public class UnprocessableException extends KokoroException {
    public UnprocessableException(String message, String param, String code) {
        super(message, param, code);
    }

    public UnprocessableException(String message, String param, String code, Throwable cause) {
        super(message, param, code, cause);
    }
}
