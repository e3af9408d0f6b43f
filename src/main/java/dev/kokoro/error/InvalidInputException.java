package dev.kokoro.error;

/** The client sent something the server cannot use as given (HTTP 400). */
public class InvalidInputException extends KokoroException {
    public InvalidInputException(String message, String param, String code) {
        super(message, param, code);
    }

    public InvalidInputException(String message, String param, String code, Throwable cause) {
        super(message, param, code, cause);
    }
}
