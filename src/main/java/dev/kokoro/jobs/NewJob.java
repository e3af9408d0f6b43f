package dev.kokoro.jobs;

import java.util.Objects;

/**
 * A job as a client submits it.
 *
 * @param kind        which API it came through
 * @param spec        what to synthesize
 * @param priority    its place in the queue
 * @param metadata    the client's JSON text, kept and returned as it is; null for none
 * @param callbackUrl where the final job is POSTed; null for none
 * @param start       false only registers it ({@link JobState#REGISTERED}) until started
 */
public record NewJob(JobKind kind, JobSpec spec, JobPriority priority, String metadata, String callbackUrl,
        boolean start) {

    public NewJob {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(priority, "priority");
    }
}
