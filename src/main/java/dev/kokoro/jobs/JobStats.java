package dev.kokoro.jobs;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a queued job stands: its place in the queue and how long it may wait, from how long recent jobs
 * took and how many workers take from the queue.
 */
public final class JobStats {
    /** The completed jobs the wait estimate averages over: recent enough to follow a change of load. */
    private static final int RECENT_JOBS = 50;

    private final JobStore store;
    private final int workers;

    /** @param workers the workers taking from the queue (this replica's, unless the caller knows of others) */
    public JobStats(JobStore store, int workers) {
        this.store = store;
        this.workers = workers;
    }

    /**
     * Its place and wait, or empty when the job is not queued.
     *
     * @param position      1 for the next job claimed
     * @param estimatedWait time until a worker takes it at the recent pace
     */
    public record QueuePlace(long position, Duration estimatedWait) {}

    public Optional<QueuePlace> place(String jobId) {
        return store.jobsAhead(jobId).map(ahead -> new QueuePlace(ahead + 1, waitBehind(ahead)));
    }

    /** The wait of a job with {@code ahead} queued jobs before it. */
    Duration waitBehind(long ahead) {
        double seconds = store.recentSynthesisSeconds(RECENT_JOBS) * ahead / workers;
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** Counts for the stats routes and RunPod's health. */
    public JobCounts counts(JobKind kind) {
        return store.counts(kind);
    }
}
