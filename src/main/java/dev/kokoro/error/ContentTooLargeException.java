package dev.kokoro.error;

/** The request body is larger than the server reads (HTTP 413); reading stopped at the limit. */
public class ContentTooLargeException extends KokoroException {
    public ContentTooLargeException(String message) {
        super(message, null, "content_too_large");
    }
}
