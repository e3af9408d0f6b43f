package dev.kokoro.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * A job as stored: its request, state and timings, and what its result is (the audio itself is read with
 * {@link JobStore#audio(String)}).
 *
 * @param id          its id
 * @param kind        which API it came through
 * @param spec        what it synthesizes
 * @param priority    its place in the queue
 * @param state       where it is in its life
 * @param progress    0 to 1, by chunks synthesized
 * @param createdAt   when it was submitted
 * @param queuedAt    when it was last queued (submitted or started), null while registered
 * @param startedAt   when a worker first claimed it, or null
 * @param completedAt when it reached a final state, or null
 * @param attempts    how often a worker claimed it (more than one: it was retried after a lease ran out)
 * @param error       why it failed, or null
 * @param metadata    the client's JSON text, or null
 * @param callbackUrl where the final job is POSTed, or null
 * @param result      what it produced, or null unless completed
 * @param expiresAt   when it is removed (set once final), or null
 */
public record Job(
        String id,
        JobKind kind,
        JobSpec spec,
        JobPriority priority,
        JobState state,
        double progress,
        Instant createdAt,
        Instant queuedAt,
        Instant startedAt,
        Instant completedAt,
        int attempts,
        String error,
        String metadata,
        String callbackUrl,
        ResultInfo result,
        Instant expiresAt) {

    /**
     * What a completed job produced, without the audio bytes.
     *
     * @param format           the audio's format id
     * @param bytes            the audio's size
     * @param durationSeconds  how long the audio plays
     * @param synthesisSeconds how long synthesizing it took
     */
    public record ResultInfo(String format, long bytes, double durationSeconds, double synthesisSeconds) {}

    /** Time spent queued before a worker first took it (RunPod's {@code delayTime}), or null if not started. */
    public Duration delay() {
        return startedAt == null || queuedAt == null ? null : Duration.between(queuedAt, startedAt);
    }

    /** Time from the first claim to the end (RunPod's {@code executionTime}), or null if not finished. */
    public Duration execution() {
        return startedAt == null || completedAt == null ? null : Duration.between(startedAt, completedAt);
    }

    /** Whether a client asked to be called back with the final job. */
    public boolean hasCallback() {
        return callbackUrl != null;
    }
}
