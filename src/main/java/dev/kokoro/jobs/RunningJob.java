package dev.kokoro.jobs;

/** A job a worker of this replica is synthesizing, and whether it is still this worker's to finish. */
final class RunningJob {
    private final Lease lease;
    private volatile boolean lost;

    RunningJob(Lease lease) {
        this.lease = lease;
    }

    Lease lease() {
        return lease;
    }

    /** The job was cancelled or claimed by another worker: nothing this worker does counts any more. */
    void lose() {
        lost = true;
    }

    boolean lost() {
        return lost;
    }
}
