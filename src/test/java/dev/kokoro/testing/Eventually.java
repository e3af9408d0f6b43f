package dev.kokoro.testing;

import java.time.Duration;
import java.util.function.Predicate;

/** Waits for what another thread or process does: polls briefly until the condition holds, failing after a timeout. */
public final class Eventually {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Eventually() {}

    /** What is looked at; it may throw (a request to a server), which fails the wait. */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    public static <T> T await(String what, Probe<T> value, Predicate<T> done) {
        return await(what, TIMEOUT, value, done);
    }

    /** For what takes longer than the usual wait: loading dictionaries on a busy CI machine. */
    public static <T> T await(String what, Duration timeout, Probe<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = look(what, value);
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
            last = look(what, value);
        }
        return last;
    }

    private static <T> T look(String what, Probe<T> value) {
        try {
            return value.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } catch (Exception e) {
            throw new AssertionError("failed while waiting for " + what, e);
        }
    }
}
