package dev.kokoro.jobs;

/**
 * Which jobs {@link JobStore#list} returns, newest first; a null field matches every job.
 *
 * @param kind     only jobs of this kind
 * @param state    only jobs in this state
 * @param priority only jobs of this priority
 * @param limit    at most this many
 */
public record JobFilter(JobKind kind, JobState state, JobPriority priority, int limit) {
    public JobFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
