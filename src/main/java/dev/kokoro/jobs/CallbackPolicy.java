package dev.kokoro.jobs;

import java.time.Duration;

/**
 * How callbacks are sent and retried.
 *
 * @param maxAttempts  sends before a delivery is given up
 * @param firstRetry   the wait after the first failure; it doubles after each further one
 * @param maxRetry     the longest wait between two sends
 * @param timeout      how long one send may take
 * @param poll         how often the outbox is looked at for due deliveries
 * @param secret       the HMAC secret, or empty to send unsigned
 */
public record CallbackPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry, Duration timeout, Duration poll,
        String secret) {

    public CallbackPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The wait after the {@code attempt}th send failed: exponential back-off, capped. */
    Duration backoff(int attempt) {
        int doublings = Math.min(attempt - 1, 30);
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    /** A delivery claimed is held this long: one send's timeout and some room. */
    Duration lease() {
        return timeout.multipliedBy(2).plusSeconds(5);
    }
}
