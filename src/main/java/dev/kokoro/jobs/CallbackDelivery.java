package dev.kokoro.jobs;

/**
 * A callback owed for a finished job, as claimed for one attempt at sending it.
 *
 * @param id      the delivery's id, sent along so a receiver can tell a repeat from a new result
 * @param jobId   the job it reports
 * @param url     where it goes
 * @param attempt which attempt this is (1 for the first)
 * @param owner   the dispatcher holding it: the fencing for recording the outcome
 */
public record CallbackDelivery(long id, String jobId, String url, int attempt, String owner) {}
