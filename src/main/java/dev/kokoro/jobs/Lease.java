package dev.kokoro.jobs;

/**
 * A worker's claim on a running job. Every update through it is fenced: it only counts while the job is
 * still running under this owner and this attempt, so a worker that lost its lease (its replica stalled
 * and another claimed the job) can no longer change the job.
 *
 * @param jobId   the claimed job
 * @param owner   the claiming worker's id
 * @param attempt which claim of the job this is (1 for the first), the fencing token
 */
public record Lease(String jobId, String owner, int attempt) {}
