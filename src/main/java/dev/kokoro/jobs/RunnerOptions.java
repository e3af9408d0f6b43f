package dev.kokoro.jobs;

import java.time.Duration;

/**
 * How a {@link JobRunner} works.
 *
 * @param workers  jobs synthesized at once by this replica
 * @param lease    how long a claim holds without a renewal; a replica that dies lets its jobs go after this
 * @param idlePoll how often an idle worker looks for work that another replica queued (work queued through
 *                 this replica wakes it at once, through {@link JobRunner#wake()})
 */
public record RunnerOptions(int workers, Duration lease, Duration idlePoll) {
    public RunnerOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (lease.toMillis() < 3) {
            throw new IllegalArgumentException("lease too short: " + lease);
        }
    }

    /** How often a running job's lease is renewed: three times a lease, so one late renewal loses nothing. */
    Duration renewEvery() {
        return lease.dividedBy(3);
    }
}
