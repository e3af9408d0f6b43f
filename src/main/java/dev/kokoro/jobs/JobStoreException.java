package dev.kokoro.jobs;

/** The job database failed (unreachable, full, broken): a server fault, not the client's. */
public final class JobStoreException extends RuntimeException {
    public JobStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
