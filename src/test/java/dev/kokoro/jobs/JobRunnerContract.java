package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.Eventually;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the runner does with a store on every database, with a fake synthesizer and the real clock. */
abstract class JobRunnerContract extends DatabaseContract {
    private static final Duration LEASE = Duration.ofMillis(600);
    private static final RunnerOptions ONE_WORKER = new RunnerOptions(1, LEASE, Duration.ofMillis(20));
    private static final JobPolicy POLICY = new JobPolicy(Duration.ofMinutes(30), Duration.ofHours(1), 3);

    private final FakeSynthesizer synthesizer = new FakeSynthesizer();
    private DbLocation location;
    private JobStore store;

    @BeforeEach
    void openStore() {
        location = newLocation();
        store = new JdbcJobStore(open(location), POLICY, Clock.systemUTC());
    }

    private JobRunner runner(JobStore on, String replica, RunnerOptions options) {
        return closeAfter(new JobRunner(on, synthesizer, options, replica)).start();
    }

    private Job awaitFinal(String id) {
        return Eventually.await("job " + id + " to end", () -> store.find(id).orElseThrow(), j -> j.state().isFinal());
    }

    @Test
    void runsAJobToItsResultChunkByChunk() {
        runner(store, "r1", ONE_WORKER);
        Job job = store.submit(task("one two three", JobPriority.NORMAL));

        Job done = awaitFinal(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.result().durationSeconds()).isEqualTo(3.0);
        assertThat(done.result().synthesisSeconds()).isPositive();
        assertThat(store.audio(job.id())).hasValueSatisfying(
                a -> assertThat(new String(a, StandardCharsets.UTF_8)).isEqualTo("one two three"));
        assertThat(synthesizer.chunks()).containsExactly("one two three#0", "one two three#1", "one two three#2");
    }

    @Test
    void synthesisErrorFailsTheJobWithItsMessage() {
        runner(store, "r1", ONE_WORKER);
        JobSpec badVoice = new JobSpec("hello", FakeSynthesizer.UNKNOWN_VOICE, null, 1, 1, "wav", true,
                spec("x").normalization(), null, null);
        Job job = store.submit(new NewJob(JobKind.RUNPOD, badVoice, JobPriority.NORMAL, null, null, true));

        Job failed = awaitFinal(job.id());
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).isEqualTo("Voice 'xx_unknown' not found");
        assertThat(store.audio(job.id())).isEmpty();
    }

    @Test
    void cancelledRunningJobStopsAtItsNextChunkWithoutAResult() throws Exception {
        JobRunner runner = runner(store, "r1", ONE_WORKER);
        Job job = store.submit(task("first wait third fourth", JobPriority.NORMAL));
        synthesizer.awaitWaiting();

        // Cancelled in the store only, as through another replica: the worker learns of it at its next update.
        assertThat(store.cancel(job.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        synthesizer.release();

        Eventually.await("the worker to stop", runner::busyWorkers, busy -> busy == 0);
        // A lease renewal may see the cancellation while the chunk waits, else the progress after it does.
        assertThat(synthesizer.chunks()).as("stopped at the chunk it was in")
                .startsWith("first wait third fourth#0")
                .doesNotContain("first wait third fourth#2", "first wait third fourth#3");
        Job cancelled = store.find(job.id()).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.result()).isNull();
        assertThat(store.audio(job.id())).isEmpty();
    }

    @Test
    void cancellingThroughTheRunnerStopsTheJobAtOnce() throws Exception {
        JobRunner runner = runner(store, "r1", ONE_WORKER);
        Job job = store.submit(task("wait never", JobPriority.NORMAL));
        synthesizer.awaitWaiting();

        store.cancel(job.id());
        runner.cancelled(job.id());

        Eventually.await("the worker to stop", runner::busyWorkers, busy -> busy == 0);
        assertThat(synthesizer.chunks()).isEmpty();
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void cancelledQueuedJobNeverRunsAndPrioritiesOrderTheRest() throws Exception {
        runner(store, "r1", ONE_WORKER);
        Job blocker = store.submit(task("wait", JobPriority.NORMAL));
        synthesizer.awaitWaiting();
        Job low = store.submit(task("low", JobPriority.LOW));
        Job cancelled = store.submit(task("cancelled", JobPriority.URGENT));
        Job normal = store.submit(task("normal", JobPriority.NORMAL));
        Job urgent = store.submit(task("urgent", JobPriority.URGENT));
        store.cancel(cancelled.id());
        synthesizer.release();

        for (Job job : List.of(blocker, low, normal, urgent)) {
            assertThat(awaitFinal(job.id()).state()).isEqualTo(JobState.COMPLETED);
        }
        assertThat(synthesizer.started()).containsExactly("wait", "urgent", "normal", "low");
    }

    @Test
    void jobOfAReplicaThatDiedIsTakenOverOnceItsLeaseRunsOut() {
        Job job = store.submit(task("survivor", JobPriority.NORMAL));
        // A replica claimed it and was killed: nothing renews its lease.
        assertThat(store.claim("dead-replica/0", LEASE)).isPresent();

        runner(store, "r2", ONE_WORKER);
        Job done = awaitFinal(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(synthesizer.started()).containsExactly("survivor");
        assertThat(store.counts(null).retried()).isEqualTo(1);
    }

    @Test
    void longJobKeepsItsLeaseWhileItRuns() throws Exception {
        JobRunner first = runner(store, "r1", ONE_WORKER);
        Job job = store.submit(task("wait done", JobPriority.NORMAL));
        synthesizer.awaitWaiting();
        JobStore otherReplica = new JdbcJobStore(open(location), POLICY, Clock.systemUTC());

        // Three leases long: without renewals the job would be free for the other replica.
        long until = System.nanoTime() + LEASE.multipliedBy(3).toNanos();
        while (System.nanoTime() < until) {
            assertThat(otherReplica.claim("r2/0", LEASE)).isEmpty();
            Thread.sleep(LEASE.toMillis() / 4);
        }
        synthesizer.release();
        Job done = awaitFinal(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.attempts()).isEqualTo(1);
        Eventually.await("the worker to be free", first::busyWorkers, busy -> busy == 0);
    }

    @Test
    void closingTheRunnerPutsItsRunningJobBackForTheNextOne() throws Exception {
        JobRunner first = new JobRunner(store, synthesizer, ONE_WORKER, "r1").start();
        Job job = store.submit(task("wait resumed", JobPriority.NORMAL));
        synthesizer.awaitWaiting();
        first.close();
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(JobState.QUEUED);

        synthesizer.release();
        runner(store, "r2", ONE_WORKER);
        Job done = awaitFinal(job.id());
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(synthesizer.started()).containsExactly("wait resumed", "wait resumed");
    }

    @Test
    void restartedDatabaseFinishesEveryJobOnce() throws Exception {
        JobDatabase firstDb = open(location);
        JobStore first = new JdbcJobStore(firstDb, POLICY, Clock.systemUTC());
        for (int i = 0; i < 6; i++) {
            first.submit(task("job " + i, JobPriority.NORMAL));
        }
        // The first server took one job and died with it; the database is closed under it.
        assertThat(first.claim("killed/0", LEASE)).isPresent();
        firstDb.close();

        JobStore restarted = new JdbcJobStore(open(location), POLICY, Clock.systemUTC());
        runner(restarted, "after-restart", new RunnerOptions(2, LEASE, Duration.ofMillis(20)));
        Eventually.await("every job to complete", () -> restarted.counts(null).in(JobState.COMPLETED), n -> n == 6L);
        assertThat(synthesizer.started()).doesNotHaveDuplicates().hasSize(6);
    }
}
