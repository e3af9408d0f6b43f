package dev.kokoro.error;

/** The request body is larger than the server reads (HTTP 413); reading stopped at the limit. */
public class PayloadTooLargeException extends KokoroException {
    public PayloadTooLargeException(String message) {
        super(message, null, "request_too_large");
    }
}
