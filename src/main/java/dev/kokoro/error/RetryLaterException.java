package dev.kokoro.error;

import java.util.OptionalLong;

/**
 * A request refused for now that the same client may send again after a pause, which goes out as
 * {@code Retry-After}: the server is busy, or an API key is over one of its limits.
 */
public abstract class RetryLaterException extends KokoroException {
    private final OptionalLong retryAfterSeconds;

    protected RetryLaterException(String message, String code, OptionalLong retryAfterSeconds) {
        super(message, null, code);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds to wait; empty when waiting cannot help. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
