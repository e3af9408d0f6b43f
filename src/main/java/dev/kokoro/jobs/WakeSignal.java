package dev.kokoro.jobs;

import java.time.Duration;

/**
 * How an idle polling thread hears of new work before its next poll. A wake-up that comes while no thread
 * waits (they were all busy looking) is kept for the next wait, so it is never lost.
 */
final class WakeSignal {
    private boolean pending;

    synchronized void wake() {
        pending = true;
        notifyAll();
    }

    /** Waits until woken or {@code poll} passes; at once if a wake-up is pending. */
    synchronized void await(Duration poll) throws InterruptedException {
        if (!pending) {
            wait(poll.toMillis());
        }
        pending = false;
    }
}
