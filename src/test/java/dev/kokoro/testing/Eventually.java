package dev.kokoro.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for what another thread does: polls briefly until the condition holds, failing after a timeout. */
public final class Eventually {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Eventually() {}

    public static <T> T await(String what, Supplier<T> value, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = value.get();
        }
        return last;
    }
}
