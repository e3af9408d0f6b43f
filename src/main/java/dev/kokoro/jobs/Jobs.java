package dev.kokoro.jobs;

import dev.kokoro.config.JobsConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs and tasks on this replica, put together from the settings: the database and store, the runner that
 * synthesizes them, the sweeper that keeps the retention policy, and the dispatcher that sends callbacks.
 * The api submits and cancels through here, so the local workers hear of it at once.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CALLBACK_MAX_RETRY = Duration.ofHours(1);
    private static final Duration MAX_AWAIT_POLL = Duration.ofMillis(200);

    private final JobDatabase database;
    private final JobStore store;
    private final JobRunner runner;
    private final ResultSweeper sweeper;
    private final CallbackDispatcher callbacks;
    private final JobStats stats;

    private Jobs(JobDatabase database, JobStore store, JobRunner runner, ResultSweeper sweeper,
            CallbackDispatcher callbacks) {
        this.database = database;
        this.store = store;
        this.runner = runner;
        this.sweeper = sweeper;
        this.callbacks = callbacks;
        this.stats = new JobStats(store, runner.workers());
    }

    /**
     * Opens the job database and starts working: jobs left RUNNING by a replica that died are taken again once
     * their leases run out, or at once from the embedded database, which no other process can have open.
     *
     * @param synthesizer turns a job's spec into audio
     * @param body        the JSON a callback sends for a finished job, written with the store's help (a result's
     *                    audio, for instance)
     */
    public static Jobs start(JobsConfig config, Path dataDir, JobSynthesizer synthesizer,
            Function<JobStore, CallbackBody> body) {
        Clock clock = Clock.systemUTC();
        JobDatabase database = JobDatabase.open(config.dbUrl(), config.dbUser(), config.dbPassword(), dataDir,
                config.workers() + 4);
        JobPolicy policy = new JobPolicy(Duration.ofMinutes(config.resultMinutes()),
                Duration.ofMinutes(config.taskResultMinutes()), config.maxAttempts());
        JobStore store = new JdbcJobStore(database, policy, clock);
        if (database.embedded()) {
            int orphans = store.expireLeases();
            if (orphans > 0) {
                log.info("{} jobs were running when the server last stopped: they run again", orphans);
            }
        }
        String replica = replicaId();
        JobRunner runner = new JobRunner(store, synthesizer,
                new RunnerOptions(config.workers(), Duration.ofSeconds(config.leaseSeconds()), IDLE_POLL), replica)
                .start();
        ResultSweeper sweeper = ResultSweeper.start(store, config.audioMaxTotalMb() * 1024L * 1024L, SWEEP_EVERY);
        CallbackPolicy callbackPolicy = new CallbackPolicy(config.callbackMaxAttempts(),
                Duration.ofSeconds(config.callbackRetrySeconds()), CALLBACK_MAX_RETRY, CALLBACK_TIMEOUT, IDLE_POLL,
                config.callbackSecret());
        CallbackDispatcher callbacks = new CallbackDispatcher(new CallbackOutbox(database, clock), store, body.apply(store),
                callbackPolicy, clock, replica).start();
        log.info("Jobs in {} ({})", database.where(), config);
        return new Jobs(database, store, runner, sweeper, callbacks);
    }

    /** The host, the process and a random part: unique among replicas, readable in the database. */
    private static String replicaId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Stores the job and wakes a local worker for it. */
    public Job submit(NewJob job) {
        Job stored = store.submit(job);
        runner.wake();
        return stored;
    }

    /** Queues a registered job; false if it is not registered. */
    public boolean start(String id) {
        boolean started = store.start(id);
        if (started) {
            runner.wake();
        }
        return started;
    }

    /** Queues up to {@code max} registered jobs of the kind; how many. */
    public int startRegistered(JobKind kind, int max) {
        int started = store.startRegistered(kind, max);
        if (started > 0) {
            runner.wake();
        }
        return started;
    }

    /** Cancels the job, stopping it at once if a local worker runs it (another replica's stops at its next chunk). */
    public Optional<Job> cancel(String id) {
        Optional<Job> job = store.cancel(id);
        runner.cancelled(id);
        callbacks.wake();
        return job;
    }

    /**
     * Waits until the job ends or the timeout passes (RunPod's {@code /runsync}); the job as it is then, or empty
     * if there is none. Polls the store, since any replica may be running it.
     */
    public Optional<Job> awaitEnd(String id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 10;
        while (true) {
            Optional<Job> job = store.find(id);
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (job.isEmpty() || job.get().state().isFinal() || left <= 0) {
                return job;
            }
            Thread.sleep(Math.min(pause, left));
            pause = Math.min(pause * 2, MAX_AWAIT_POLL.toMillis());
        }
    }

    public JobStore store() {
        return store;
    }

    public JobRunner runner() {
        return runner;
    }

    public JobStats stats() {
        return stats;
    }

    /**
     * Stops taking jobs, as a server shutting down does: a job being rendered goes back to the queue; the store,
     * callbacks and routes keep working until {@link #close}.
     */
    public void stopRunning() {
        runner.close();
    }

    /** Stops working (running jobs go back to the queue) and closes the database. */
    @Override
    public void close() {
        runner.close();
        callbacks.close();
        sweeper.close();
        database.close();
    }
}
