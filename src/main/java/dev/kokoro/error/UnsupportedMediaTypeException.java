package dev.kokoro.error;

/** The request body is in an encoding the server does not read, e.g. JSON in a charset other than UTF-8 (HTTP 415). */
public class UnsupportedMediaTypeException extends KokoroException {
    public UnsupportedMediaTypeException(String message, String code) {
        super(message, null, code);
    }
}
