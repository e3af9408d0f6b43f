package dev.kokoro.jobs;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews the leases of the jobs this replica runs, so a long chunk does not let a job go to another replica.
 * A lease it cannot renew (the job was cancelled, or another replica took it after a stall) is marked lost,
 * and its worker stops at the next chunk.
 */
final class LeaseKeeper implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final JobStore store;
    private final Duration lease;
    private final Set<RunningJob> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("job-leases").daemon().factory());

    LeaseKeeper(JobStore store, Duration lease, Duration renewEvery) {
        this.store = store;
        this.lease = lease;
        timer.scheduleWithFixedDelay(this::renewAll, renewEvery.toMillis(), renewEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void track(RunningJob job) {
        running.add(job);
    }

    void untrack(RunningJob job) {
        running.remove(job);
    }

    /** Marks the job lost if this replica runs it (it was cancelled here): its worker stops at once. */
    void lose(String jobId) {
        running.stream().filter(j -> j.lease().jobId().equals(jobId)).forEach(RunningJob::lose);
    }

    private void renewAll() {
        for (RunningJob job : running) {
            try {
                if (!job.lost() && !store.renew(job.lease(), lease)) {
                    log.info("Job {} is no longer this worker's (cancelled, or claimed elsewhere)", job.lease().jobId());
                    job.lose();
                }
            } catch (RuntimeException e) {
                // The database may be back before the lease runs out; until then the job stays this worker's.
                log.warn("Cannot renew the lease of job {}: {}", job.lease().jobId(), e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
