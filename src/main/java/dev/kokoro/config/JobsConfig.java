package dev.kokoro.config;

/**
 * The settings of jobs and tasks: where they are kept, how they are run, how long their results stay, and how
 * their callbacks are sent.
 *
 * @param dbUrl                a PostgreSQL JDBC URL, or empty for the embedded database under the data folder
 * @param dbUser               the PostgreSQL user
 * @param dbPassword           the PostgreSQL password
 * @param workers              jobs synthesized at once by this server
 * @param leaseSeconds         how long a claim on a job holds without renewal
 * @param maxAttempts          claims a job gets before it ends TIMED_OUT
 * @param resultMinutes        how long a finished RunPod job is kept
 * @param taskResultMinutes    how long a finished task is kept
 * @param audioMaxTotalMb      the audio all finished jobs may keep together
 * @param callbackSecret       the HMAC secret callbacks are signed with, or empty
 * @param callbackMaxAttempts  sends of one callback before it is given up
 * @param callbackRetrySeconds the wait after a callback's first failure (it doubles after each further one)
 * @param runsyncWaitSeconds   how long RunPod's {@code /runsync} waits for a result before answering with the status
 * @param maxTaskChars         the longest text a task may have
 */
public record JobsConfig(
        String dbUrl,
        String dbUser,
        String dbPassword,
        int workers,
        int leaseSeconds,
        int maxAttempts,
        int resultMinutes,
        int taskResultMinutes,
        int audioMaxTotalMb,
        String callbackSecret,
        int callbackMaxAttempts,
        int callbackRetrySeconds,
        int runsyncWaitSeconds,
        int maxTaskChars) {

    public static JobsConfig from(Settings s) {
        return new JobsConfig(
                s.string("db-url"),
                s.string("db-user"),
                s.string("db-password"),
                s.integer("job-workers", 1, 64),
                s.integer("job-lease-seconds", 3, 3600),
                s.integer("job-max-attempts", 1, 100),
                s.integer("job-result-minutes", 1, 525_600),
                s.integer("task-result-minutes", 1, 5_256_000),
                s.integer("job-audio-max-total-mb", 1, 1_048_576),
                s.string("callback-secret"),
                s.integer("callback-max-attempts", 1, 100),
                s.integer("callback-retry-seconds", 1, 86_400),
                s.integer("runsync-wait-seconds", 1, 3600),
                s.integer("max-task-chars", 1, 10_000_000));
    }

    /** The settings without the password, the secret or the URL's options (which may hold a password), for logs. */
    @Override
    public String toString() {
        String db = dbUrl.isEmpty() ? "embedded" : dbUrl.replaceFirst("\\?.*", "?...");
        return "JobsConfig[db=" + db + ", workers=" + workers + ", lease="
                + leaseSeconds + "s, maxAttempts=" + maxAttempts + ", results=" + resultMinutes + "/"
                + taskResultMinutes + " min, audio<=" + audioMaxTotalMb + " MB, callbacks signed="
                + !callbackSecret.isEmpty() + "]";
    }
}
