package dev.kokoro.jobs;

import java.time.Duration;

/**
 * How long finished jobs are kept and how often a job is retried.
 *
 * @param runpodResultAge how long a finished RunPod job stays (RunPod keeps results 30 minutes)
 * @param taskResultAge   how long a finished task stays
 * @param maxAttempts     claims a job gets: when its lease runs out on the last, it ends TIMED_OUT instead of
 *                        being claimed again, so a job that brings its replica down cannot bring every one down
 */
public record JobPolicy(Duration runpodResultAge, Duration taskResultAge, int maxAttempts) {
    public JobPolicy {
        if (runpodResultAge.isNegative() || runpodResultAge.isZero() || taskResultAge.isNegative()
                || taskResultAge.isZero()) {
            throw new IllegalArgumentException("result ages must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    Duration resultAge(JobKind kind) {
        return kind == JobKind.RUNPOD ? runpodResultAge : taskResultAge;
    }
}
