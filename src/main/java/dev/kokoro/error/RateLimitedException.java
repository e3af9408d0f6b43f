package dev.kokoro.error;

import java.util.OptionalLong;

/**
 * An API key is over one of its limits (HTTP 429, code {@code rate_limit_exceeded}, as OpenAI answers). The pause
 * after which the same request would be admitted goes out as {@code Retry-After}; there is none when waiting cannot
 * help (a text longer than the key's whole daily allowance).
 */
public class RateLimitedException extends RetryLaterException {
    public RateLimitedException(String message, OptionalLong retryAfterSeconds) {
        super(message, "rate_limit_exceeded", retryAfterSeconds);
    }
}
