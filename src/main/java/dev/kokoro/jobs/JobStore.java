package dev.kokoro.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where jobs, their state and their audio live, shared by every replica that opens the same database.
 * Updates from a worker are fenced by its {@link Lease}; the others apply to whatever state the job is in
 * when they run. Times come from the store's clock. Thread-safe.
 */
public interface JobStore {
    /** The most audio one job may keep: the database holds it whole, and a reader loads it whole. */
    int MAX_AUDIO_BYTES = 64 * 1024 * 1024;

    /** Stores a new job, queued or (when not started) registered. */
    Job submit(NewJob job);

    /** The job, unless there is none by that id or it has expired. */
    Optional<Job> find(String id);

    /** Jobs matching the filter, newest first. */
    List<Job> list(JobFilter filter);

    /** Queues a registered job; false if it is not registered (already started, final, or unknown). */
    boolean start(String id);

    /** Queues up to {@code max} registered jobs of the kind, oldest first; how many it queued. */
    int startRegistered(JobKind kind, int max);

    /**
     * Cancels a job that is not final yet; a running job's worker sees it at its next update. Empty if
     * there is no such job; the job as it is when it was already final.
     */
    Optional<Job> cancel(String id);

    /** Removes a final job and its audio; false if there is none or it is not final. */
    boolean delete(String id);

    /** Removes the queued (not running, not registered) jobs of the kind; how many. */
    int purgeQueued(JobKind kind);

    /**
     * Claims the queued job of the highest priority, the oldest first within one, or a running job whose
     * lease ran out (counting the attempt), for {@code owner} until {@code lease} passes. Each job is
     * claimed by one worker at a time across every replica. Empty when there is nothing to claim.
     */
    Optional<Claim> claim(String owner, Duration lease);

    /**
     * Extends the lease by {@code lease} from now; false if it is lost (the job was cancelled, or another
     * worker claimed it after it ran out), and then the worker must stop.
     */
    boolean renew(Lease lease, Duration duration);

    /** Records progress (0–1) and extends the lease like {@link #renew}; false if the lease is lost. */
    boolean progress(Lease lease, double progress, Duration duration);

    /**
     * Completes the job with its audio (at most {@link #MAX_AUDIO_BYTES}); false if the lease is lost, and then
     * nothing is stored.
     */
    boolean complete(Lease lease, JobResult result);

    /** Fails the job with a message for the client; false if the lease is lost. */
    boolean fail(Lease lease, String error);

    /** Puts a running job back in the queue (its worker is shutting down); false if the lease is lost. */
    boolean release(Lease lease);

    /**
     * Lets every lease run out now, so the running jobs are claimed again (as retries) at once: for a store only
     * one process can open, whose running jobs at startup were left by a previous process that died. How many.
     */
    int expireLeases();

    /** The state of a job, or empty if there is none: what a worker polls to see a cancellation. */
    Optional<JobState> state(String id);

    /** The audio of a completed job, unless it has expired or has none. */
    Optional<byte[]> audio(String id);

    /** How many queued jobs (of either kind) are claimed before this one (0: it is next); empty if not queued. */
    Optional<Long> jobsAhead(String id);

    /** Counts by state and priority of the jobs of the kind, or of every job when kind is null. */
    JobCounts counts(JobKind kind);

    /** Mean synthesis seconds of the last {@code lastJobs} completed jobs, 0 when there are none. */
    double recentSynthesisSeconds(int lastJobs);

    /**
     * Ends as {@link JobState#TIMED_OUT} every running job whose lease ran out on its last allowed attempt.
     * How many.
     */
    int timeOutAbandoned();

    /** Removes the final jobs past their expiry, with their audio; how many. */
    int removeExpired();

    /** Removes the final jobs with audio, oldest finished first, until their audio takes at most this much. */
    int trimAudio(long maxTotalBytes);
}
