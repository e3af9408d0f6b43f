package dev.kokoro.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the job database within its retention policy: ends the jobs abandoned on their last attempt as
 * TIMED_OUT, removes finished jobs past their expiry (a RunPod job after its result time, as RunPod forgets
 * them, a task after its own), and removes the oldest finished jobs while their audio takes more than the
 * limit. Every replica may sweep: each step is safe to run twice.
 */
public final class ResultSweeper implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ResultSweeper.class);

    private final JobStore store;
    private final long maxAudioBytes;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("job-sweep").daemon().factory());

    ResultSweeper(JobStore store, long maxAudioBytes) {
        this.store = store;
        this.maxAudioBytes = maxAudioBytes;
    }

    /** A sweeper that sweeps now and then every {@code every}. */
    public static ResultSweeper start(JobStore store, long maxAudioBytes, Duration every) {
        ResultSweeper sweeper = new ResultSweeper(store, maxAudioBytes);
        sweeper.timer.scheduleWithFixedDelay(sweeper::scheduledSweep, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return sweeper;
    }

    /** One sweep. */
    void sweep() {
        int timedOut = store.timeOutAbandoned();
        int expired = store.removeExpired();
        int trimmed = store.trimAudio(maxAudioBytes);
        if (timedOut + expired + trimmed > 0) {
            log.info("Jobs swept: {} timed out, {} expired, {} removed to keep audio under {} MB", timedOut, expired,
                    trimmed, maxAudioBytes >> 20);
        }
    }

    private void scheduledSweep() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Job sweep failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
