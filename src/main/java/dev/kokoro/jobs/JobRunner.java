package dev.kokoro.jobs;

import dev.kokoro.error.KokoroException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims jobs from the store and synthesizes them on a fixed number of worker threads, each job under a lease
 * the {@link LeaseKeeper} renews. A job ends COMPLETED with its audio or FAILED with the synthesizer's message;
 * one cancelled (or whose lease was lost) stops at its next chunk and leaves no result; one running when the
 * runner closes goes back to the queue. A replica killed outright leaves its jobs RUNNING until their leases
 * run out, when any replica claims them again.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;
    private final JobSynthesizer synthesizer;
    private final RunnerOptions options;
    private final String replica;
    private final LeaseKeeper keeper;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final WakeSignal work = new WakeSignal();
    private volatile boolean stopping;

    /**
     * @param replica this replica's id, unique among the replicas sharing the database; the workers' lease
     *                owners are made from it
     */
    public JobRunner(JobStore store, JobSynthesizer synthesizer, RunnerOptions options, String replica) {
        this.store = store;
        this.synthesizer = synthesizer;
        this.options = options;
        this.replica = replica;
        this.keeper = new LeaseKeeper(store, options.lease(), options.renewEvery());
    }

    /** Starts the workers. */
    public JobRunner start() {
        for (int i = 0; i < options.workers(); i++) {
            String owner = replica + "/" + i;
            Thread worker = Thread.ofPlatform().name("job-worker-" + i).daemon().unstarted(() -> work(owner));
            workers.add(worker);
            worker.start();
        }
        log.info("Job runner {} started with {} workers (lease {} s)", replica, options.workers(),
                options.lease().toSeconds());
        return this;
    }

    /** Tells idle workers there is work (a job was submitted or started here), instead of their next poll. */
    public void wake() {
        work.wake();
    }

    /** Stops a job this replica runs at its next chunk: call after cancelling it in the store. */
    public void cancelled(String jobId) {
        keeper.lose(jobId);
    }

    public int workers() {
        return options.workers();
    }

    /** Workers synthesizing a job now. */
    public int busyWorkers() {
        return busy.get();
    }

    private void work(String owner) {
        while (!stopping) {
            Optional<Claim> claim;
            try {
                claim = store.claim(owner, options.lease());
            } catch (RuntimeException e) {
                log.warn("Cannot claim a job: {}", e.getMessage());
                claim = Optional.empty();
            }
            if (claim.isPresent()) {
                run(claim.get());
            } else {
                idle();
            }
        }
    }

    private void idle() {
        try {
            work.await(options.idlePoll());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private void run(Claim claim) {
        Lease lease = claim.lease();
        RunningJob running = new RunningJob(lease);
        keeper.track(running);
        busy.incrementAndGet();
        try {
            synthesize(claim.job().spec(), claim.job().priority(), running);
        } catch (RuntimeException e) {
            // The store failed: the job stays RUNNING until its lease runs out, then a worker takes it again.
            log.warn("Cannot record the end of job {}: {}", lease.jobId(), e.getMessage());
        } finally {
            busy.decrementAndGet();
            keeper.untrack(running);
        }
    }

    private void synthesize(JobSpec spec, JobPriority priority, RunningJob running) {
        Lease lease = running.lease();
        long start = System.nanoTime();
        SynthesizedAudio audio;
        try {
            audio = synthesizer.synthesize(spec, priority, fraction -> reportProgress(running, fraction),
                    () -> running.lost() || stopping);
        } catch (CancellationException e) {
            if (!running.lost() && stopping) {
                store.release(lease);
                log.info("Job {} goes back to the queue: the server is stopping", lease.jobId());
            }
            return;
        } catch (KokoroException e) {
            fail(running, e.getMessage());
            return;
        } catch (RuntimeException e) {
            log.warn("Job {} failed", lease.jobId(), e);
            fail(running, "Synthesis failed: " + e.getMessage());
            return;
        }
        finish(running, audio, (System.nanoTime() - start) / 1e9);
    }

    private void reportProgress(RunningJob running, double fraction) {
        try {
            if (!running.lost() && !store.progress(running.lease(), fraction, options.lease())) {
                running.lose();
            }
        } catch (RuntimeException e) {
            log.warn("Cannot record the progress of job {}: {}", running.lease().jobId(), e.getMessage());
        }
    }

    private void finish(RunningJob running, SynthesizedAudio audio, double seconds) {
        Lease lease = running.lease();
        if (audio.audio().length > JobStore.MAX_AUDIO_BYTES) {
            fail(running, "The audio (" + (audio.audio().length >> 20) + " MB) is larger than a job may keep ("
                    + (JobStore.MAX_AUDIO_BYTES >> 20) + " MB): split the text into several jobs");
            return;
        }
        JobResult result = new JobResult(audio.audio(), audio.format(), audio.durationSeconds(), seconds);
        if (store.complete(lease, result)) {
            log.debug("Job {} completed in {} s", lease.jobId(), seconds);
        } else {
            log.info("Job {} finished here after it stopped being this worker's: its result is dropped",
                    lease.jobId());
        }
    }

    private void fail(RunningJob running, String message) {
        if (!store.fail(running.lease(), message)) {
            log.info("Job {} failed here after it stopped being this worker's", running.lease().jobId());
        }
    }

    /**
     * Stops claiming, asks the running syntheses to stop (their jobs go back to the queue) and waits for the
     * workers up to one lease.
     */
    @Override
    public void close() {
        stopping = true;
        wake();
        long deadline = System.nanoTime() + options.lease().toNanos();
        for (Thread worker : workers) {
            try {
                worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        keeper.close();
    }
}
