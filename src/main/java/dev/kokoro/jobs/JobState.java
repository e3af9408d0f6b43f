package dev.kokoro.jobs;

import java.util.EnumSet;
import java.util.Set;

/** Where a job is in its life. The api maps these names to RunPod's and CosyVoice's. */
public enum JobState {
    /** Registered but not started: not claimable until {@link JobStore#start(String)}. */
    REGISTERED,
    /** Waiting for a worker. */
    QUEUED,
    /** Claimed by a worker whose lease has not run out. */
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED,
    /** Its lease ran out on every allowed attempt: the workers running it died or hung each time. */
    TIMED_OUT;

    public static final Set<JobState> FINAL = EnumSet.of(COMPLETED, FAILED, CANCELLED, TIMED_OUT);

    public boolean isFinal() {
        return FINAL.contains(this);
    }
}
