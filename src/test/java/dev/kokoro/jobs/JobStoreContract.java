package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.ManualClock;
import dev.kokoro.text.normalize.NormalizationOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a job store does, the same on every database. */
abstract class JobStoreContract extends DatabaseContract {
    private static final Logger log = LoggerFactory.getLogger(JobStoreContract.class);
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final JobPolicy POLICY = new JobPolicy(Duration.ofMinutes(30), Duration.ofHours(24), 3);

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private DbLocation location;
    private JobStore store;

    @BeforeEach
    void openStore() {
        location = newLocation();
        store = storeOn(open(location));
    }

    private JobStore storeOn(JobDatabase db) {
        return new JdbcJobStore(db, POLICY, clock);
    }

    private Job submit(String text, JobPriority priority) {
        clock.advance(Duration.ofMillis(1));
        return store.submit(task(text, priority));
    }

    private Claim claim(String owner) {
        return store.claim(owner, LEASE).orElseThrow(() -> new AssertionError("nothing to claim"));
    }

    private static JobResult result(byte[] audio, double synthesisSeconds) {
        return new JobResult(audio, "wav", 1.5, synthesisSeconds);
    }

    @Test
    void submittedJobIsClaimedRunAndItsAudioKept() {
        Job submitted = submit("hello", JobPriority.NORMAL);
        assertThat(submitted.state()).isEqualTo(JobState.QUEUED);
        assertThat(submitted.spec()).isEqualTo(spec("hello"));

        clock.advance(Duration.ofSeconds(2));
        Claim claim = claim("worker-a");
        assertThat(claim.job().id()).isEqualTo(submitted.id());
        assertThat(claim.job().state()).isEqualTo(JobState.RUNNING);
        assertThat(claim.lease()).isEqualTo(new Lease(submitted.id(), "worker-a", 1));
        assertThat(store.claim("worker-b", LEASE)).isEmpty();

        assertThat(store.progress(claim.lease(), 0.5, LEASE)).isTrue();
        assertThat(store.find(submitted.id()).orElseThrow().progress()).isEqualTo(0.5);

        clock.advance(Duration.ofSeconds(3));
        byte[] audio = {1, 2, 3, 4, 5};
        assertThat(store.complete(claim.lease(), result(audio, 2.5))).isTrue();

        Job done = store.find(submitted.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.COMPLETED);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.result()).isEqualTo(new Job.ResultInfo("wav", 5, 1.5, 2.5));
        assertThat(done.delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(done.execution()).isEqualTo(Duration.ofSeconds(3));
        assertThat(done.expiresAt()).isEqualTo(done.completedAt().plus(POLICY.taskResultAge()));
        assertThat(store.audio(submitted.id())).hasValueSatisfying(a -> assertThat(a).isEqualTo(audio));
    }

    @Test
    void specMetadataAndCallbackRoundTrip() {
        JobSpec spec = new JobSpec("¿Qué tal? 日本語", "af_bella(2)+af_sky", "es", 1.25, 0.5, "mp3", false,
                new NormalizationOptions(true, false, true, false, true, false, true), 16000, null);
        Job job = store.submit(new NewJob(JobKind.RUNPOD, spec, JobPriority.HIGH, "{\"book\":7}",
                "http://127.0.0.1:9/cb", true));
        Job read = store.find(job.id()).orElseThrow();
        assertThat(read.spec()).isEqualTo(spec);
        assertThat(read.kind()).isEqualTo(JobKind.RUNPOD);
        assertThat(read.priority()).isEqualTo(JobPriority.HIGH);
        assertThat(read.metadata()).isEqualTo("{\"book\":7}");
        assertThat(read.callbackUrl()).isEqualTo("http://127.0.0.1:9/cb");
    }

    @Test
    void highestPriorityIsClaimedFirstThenTheOldest() {
        Job low = submit("low", JobPriority.LOW);
        Job normal1 = submit("normal 1", JobPriority.NORMAL);
        Job urgent = submit("urgent", JobPriority.URGENT);
        Job normal2 = submit("normal 2", JobPriority.NORMAL);
        Job high = submit("high", JobPriority.HIGH);

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            order.add(claim("w").job().id());
        }
        assertThat(order).containsExactly(urgent.id(), high.id(), normal1.id(), normal2.id(), low.id());
    }

    @Test
    void registeredJobWaitsUntilStarted() {
        Job registered = store.submit(new NewJob(JobKind.TASK, spec("later"), JobPriority.URGENT, null, null, false));
        assertThat(registered.state()).isEqualTo(JobState.REGISTERED);
        assertThat(registered.queuedAt()).isNull();
        assertThat(store.claim("w", LEASE)).isEmpty();

        assertThat(store.start(registered.id())).isTrue();
        assertThat(store.start(registered.id())).as("already started").isFalse();
        assertThat(claim("w").job().id()).isEqualTo(registered.id());
    }

    @Test
    void startRegisteredQueuesTheOldestOfTheKindUpToMax() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofMillis(1));
            ids.add(store.submit(new NewJob(JobKind.TASK, spec("t" + i), JobPriority.NORMAL, null, null, false)).id());
        }
        store.submit(new NewJob(JobKind.RUNPOD, spec("other kind"), JobPriority.NORMAL, null, null, false));

        assertThat(store.startRegistered(JobKind.TASK, 2)).isEqualTo(2);
        assertThat(ids.stream().map(id -> store.find(id).orElseThrow().state()))
                .containsExactly(JobState.QUEUED, JobState.QUEUED, JobState.REGISTERED);
        assertThat(store.startRegistered(JobKind.TASK, 10)).isEqualTo(1);
        assertThat(store.startRegistered(JobKind.TASK, 10)).isZero();
    }

    @Test
    void cancelledQueuedJobIsNeverClaimed() {
        Job job = submit("never", JobPriority.NORMAL);
        Job cancelled = store.cancel(job.id()).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.completedAt()).isNotNull();
        assertThat(store.claim("w", LEASE)).isEmpty();
        assertThat(store.cancel("no-such-job")).isEmpty();
    }

    @Test
    void cancelledRunningJobLosesItsLeaseAndKeepsNoResult() {
        Job job = submit("stopped", JobPriority.NORMAL);
        Claim claim = claim("w");
        assertThat(store.cancel(job.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);

        assertThat(store.progress(claim.lease(), 0.5, LEASE)).isFalse();
        assertThat(store.renew(claim.lease(), LEASE)).isFalse();
        assertThat(store.complete(claim.lease(), result(new byte[] {1}, 1))).isFalse();
        Job after = store.find(job.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(JobState.CANCELLED);
        assertThat(after.result()).isNull();
        assertThat(store.audio(job.id())).isEmpty();
        assertThat(store.cancel(job.id()).orElseThrow().completedAt()).as("a final job stays as it was")
                .isEqualTo(after.completedAt());
    }

    @Test
    void failureKeepsTheMessage() {
        Job job = submit("bad", JobPriority.NORMAL);
        Claim claim = claim("w");
        assertThat(store.fail(claim.lease(), "Voice 'xx' not found")).isTrue();
        Job failed = store.find(job.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).isEqualTo("Voice 'xx' not found");
        assertThat(store.complete(claim.lease(), result(new byte[] {1}, 1))).as("ended once").isFalse();
    }

    @Test
    void liveLeaseIsNotClaimedButAnExpiredOneIsAndTheFirstOwnerIsFencedOut() {
        Job job = submit("slow", JobPriority.NORMAL);
        Claim first = claim("replica-a/0");
        clock.advance(LEASE.minusSeconds(1));
        assertThat(store.claim("replica-b/0", LEASE)).as("lease still live").isEmpty();
        assertThat(store.renew(first.lease(), LEASE)).isTrue();

        clock.advance(LEASE.plusSeconds(1));
        Claim second = claim("replica-b/0");
        assertThat(second.lease().attempt()).isEqualTo(2);
        assertThat(second.job().attempts()).isEqualTo(2);

        assertThat(store.progress(first.lease(), 0.9, LEASE)).isFalse();
        assertThat(store.complete(first.lease(), result(new byte[] {9}, 1))).isFalse();
        assertThat(store.fail(first.lease(), "late")).isFalse();
        assertThat(store.release(first.lease())).isFalse();
        assertThat(store.complete(second.lease(), result(new byte[] {2}, 1))).isTrue();

        assertThat(store.audio(job.id())).hasValueSatisfying(a -> assertThat(a).containsExactly(2));
        assertThat(store.counts(null).retried()).isEqualTo(1);
    }

    @Test
    void expiredLeasesAreClaimableAtOnceAsRetries() {
        Job job = submit("orphan", JobPriority.NORMAL);
        Claim dead = claim("killed/0");
        assertThat(store.expireLeases()).isEqualTo(1);
        Claim again = claim("restarted/0");
        assertThat(again.job().id()).isEqualTo(job.id());
        assertThat(again.lease().attempt()).isEqualTo(2);
        assertThat(store.complete(dead.lease(), result(new byte[] {1}, 1))).isFalse();
    }

    @Test
    void releasedJobIsQueuedAgainInItsPlace() {
        Job first = submit("first", JobPriority.NORMAL);
        submit("second", JobPriority.NORMAL);
        Claim claim = claim("w");
        assertThat(store.release(claim.lease())).isTrue();
        assertThat(store.find(first.id()).orElseThrow().state()).isEqualTo(JobState.QUEUED);
        assertThat(claim("w").job().id()).isEqualTo(first.id());
    }

    @Test
    void jobAbandonedOnItsLastAttemptTimesOut() {
        Job job = submit("crashes its replica", JobPriority.NORMAL);
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            assertThat(claim("replica-" + attempt).lease().attempt()).isEqualTo(attempt);
            clock.advance(LEASE.plusSeconds(1));
        }
        assertThat(store.claim("w", LEASE)).isEmpty();
        assertThat(store.timeOutAbandoned()).isEqualTo(1);
        Job timedOut = store.find(job.id()).orElseThrow();
        assertThat(timedOut.state()).isEqualTo(JobState.TIMED_OUT);
        assertThat(timedOut.error()).contains("3 attempts");
        assertThat(store.timeOutAbandoned()).isZero();
    }

    @Test
    void twoReplicasClaimingAtOnceTakeEachJobOnce() throws Exception {
        int jobs = 200;
        for (int i = 0; i < jobs; i++) {
            store.submit(task("job " + i, JobPriority.values()[i % 4]));
        }
        List<JobStore> replicas = List.of(store, storeOn(open(location)));
        Map<String, String> claimedBy = new ConcurrentHashMap<>();
        Set<String> twice = ConcurrentHashMap.newKeySet();
        int workersPerReplica = 3;
        ExecutorService pool = Executors.newFixedThreadPool(replicas.size() * workersPerReplica);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (int r = 0; r < replicas.size(); r++) {
            for (int w = 0; w < workersPerReplica; w++) {
                JobStore replica = replicas.get(r);
                String owner = "replica-" + r + "/" + w;
                done.add(pool.submit(() -> {
                    go.await();
                    int n = 0;
                    for (Optional<Claim> c = replica.claim(owner, LEASE); c.isPresent(); c = replica.claim(owner, LEASE)) {
                        if (claimedBy.putIfAbsent(c.get().job().id(), owner) != null) {
                            twice.add(c.get().job().id());
                        }
                        assertThat(replica.complete(c.get().lease(), result(new byte[] {1}, 0.1))).isTrue();
                        n++;
                    }
                    return n;
                }));
            }
        }
        long start = System.nanoTime();
        go.countDown();
        List<Integer> perWorker = new ArrayList<>();
        for (Future<Integer> f : done) {
            perWorker.add(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        log.info("{}: {} jobs claimed and completed by 2 replicas x {} workers in {} s ({} jobs/s), per worker {}",
                getClass().getSimpleName(), jobs, workersPerReplica, String.format("%.2f", seconds),
                Math.round(jobs / seconds), perWorker);

        assertThat(twice).isEmpty();
        assertThat(claimedBy).hasSize(jobs);
        assertThat(perWorker.stream().mapToInt(Integer::intValue).sum()).isEqualTo(jobs);
        assertThat(store.counts(null).in(JobState.COMPLETED)).isEqualTo(jobs);
    }

    @Test
    void reopenedDatabaseStillHasQueuedAndAbandonedJobs() throws Exception {
        Job running = submit("was running", JobPriority.NORMAL);
        Job queued = submit("was queued", JobPriority.NORMAL);
        Job done = submit("was done", JobPriority.URGENT);
        Claim doneClaim = claim("old");
        assertThat(store.complete(doneClaim.lease(), result(new byte[] {7}, 1))).isTrue();
        claim("old");
        closeAll();

        JobStore reopened = storeOn(open(location));
        assertThat(reopened.find(done.id()).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
        assertThat(reopened.audio(done.id())).hasValueSatisfying(a -> assertThat(a).containsExactly(7));
        assertThat(reopened.claim("new", LEASE).orElseThrow().job().id()).isEqualTo(queued.id());
        assertThat(reopened.claim("new", LEASE)).as("the old lease is still live").isEmpty();
        clock.advance(LEASE.plusSeconds(1));
        Claim retaken = reopened.claim("new", LEASE).orElseThrow();
        assertThat(retaken.job().id()).isEqualTo(running.id());
        assertThat(retaken.lease().attempt()).isEqualTo(2);
    }

    @Test
    void finishedJobsExpireAfterTheirKindsResultAge() {
        Job runpod = store.submit(new NewJob(JobKind.RUNPOD, spec("rp"), JobPriority.NORMAL, null, null, true));
        Job taskJob = submit("task", JobPriority.NORMAL);
        assertThat(store.complete(claim("w").lease(), result(new byte[] {1}, 1))).isTrue();
        assertThat(store.complete(claim("w").lease(), result(new byte[] {2}, 1))).isTrue();

        clock.advance(POLICY.runpodResultAge());
        assertThat(store.find(runpod.id())).as("at its expiry").isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.find(runpod.id())).isEmpty();
        assertThat(store.audio(runpod.id())).isEmpty();
        assertThat(store.find(taskJob.id())).isPresent();
        assertThat(store.removeExpired()).isEqualTo(1);

        clock.advance(POLICY.taskResultAge());
        assertThat(store.removeExpired()).isEqualTo(1);
        assertThat(store.counts(null).total()).isZero();
    }

    @Test
    void audioOverTheLimitRemovesTheOldestFinishedJobs() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(submit("j" + i, JobPriority.NORMAL).id());
        }
        Job waiting = submit("still queued", JobPriority.LOW);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(1));
            assertThat(store.complete(claim("w").lease(), result(new byte[1000], 1))).isTrue();
        }
        assertThat(store.trimAudio(4000)).isZero();
        assertThat(store.trimAudio(2500)).isEqualTo(2);
        assertThat(ids.stream().map(id -> store.find(id).isPresent())).containsExactly(false, false, true, true);
        assertThat(store.find(waiting.id())).isPresent();
    }

    @Test
    void sweeperAppliesEveryRule() {
        submit("abandoned", JobPriority.NORMAL);
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            claim("dead-" + attempt);
            clock.advance(LEASE.plusSeconds(1));
        }
        Job kept = submit("kept", JobPriority.NORMAL);
        assertThat(store.complete(claim("w").lease(), result(new byte[100], 1))).isTrue();
        Job big = submit("too big", JobPriority.NORMAL);
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.complete(claim("w").lease(), result(new byte[100], 1))).isTrue();

        new ResultSweeper(store, 150).sweep();

        assertThat(store.counts(null).in(JobState.TIMED_OUT)).isEqualTo(1);
        assertThat(store.find(kept.id())).as("the oldest finished goes first").isEmpty();
        assertThat(store.find(big.id())).isPresent();
    }

    @Test
    void countsAndQueuePlaces() {
        Job done = submit("done", JobPriority.HIGH);
        assertThat(store.complete(claim("w").lease(), result(new byte[] {1}, 2.0))).isTrue();
        Job done2 = submit("done 2", JobPriority.HIGH);
        assertThat(store.complete(claim("w").lease(), result(new byte[] {1}, 4.0))).isTrue();
        Job normal = submit("normal", JobPriority.NORMAL);
        Job urgent = submit("urgent", JobPriority.URGENT);
        Job low = submit("low", JobPriority.LOW);
        store.submit(new NewJob(JobKind.RUNPOD, spec("rp"), JobPriority.LOW, null, null, false));

        JobCounts tasks = store.counts(JobKind.TASK);
        assertThat(tasks.total()).isEqualTo(5);
        assertThat(tasks.in(JobState.COMPLETED)).isEqualTo(2);
        assertThat(tasks.in(JobState.QUEUED)).isEqualTo(3);
        assertThat(tasks.in(JobState.REGISTERED)).isZero();
        assertThat(tasks.byPriority()).containsEntry(JobPriority.HIGH, 2L).containsEntry(JobPriority.LOW, 1L);
        assertThat(tasks.averageSynthesisSeconds()).isEqualTo(3.0);
        assertThat(store.counts(null).in(JobState.REGISTERED)).isEqualTo(1);

        assertThat(store.jobsAhead(urgent.id())).contains(0L);
        assertThat(store.jobsAhead(normal.id())).contains(1L);
        assertThat(store.jobsAhead(low.id())).contains(2L);
        assertThat(store.jobsAhead(done.id())).isEmpty();
        assertThat(store.recentSynthesisSeconds(1)).isEqualTo(4.0);
        assertThat(store.recentSynthesisSeconds(50)).isEqualTo(3.0);

        JobStats stats = new JobStats(store, 2);
        assertThat(stats.place(low.id())).contains(new JobStats.QueuePlace(3, Duration.ofSeconds(3)));
        assertThat(done2.id()).isNotEqualTo(done.id());
    }

    @Test
    void listFiltersNewestFirst() {
        Job a = submit("a", JobPriority.LOW);
        Job b = submit("b", JobPriority.HIGH);
        Job c = submit("c", JobPriority.HIGH);
        store.cancel(c.id());
        store.submit(new NewJob(JobKind.RUNPOD, spec("rp"), JobPriority.HIGH, null, null, true));

        assertThat(store.list(new JobFilter(JobKind.TASK, null, null, 10)).stream().map(Job::id))
                .containsExactly(c.id(), b.id(), a.id());
        assertThat(store.list(new JobFilter(JobKind.TASK, JobState.QUEUED, JobPriority.HIGH, 10)).stream().map(Job::id))
                .containsExactly(b.id());
        assertThat(store.list(new JobFilter(null, null, null, 2))).hasSize(2);
    }

    @Test
    void purgeRemovesOnlyQueuedJobsOfTheKindAndDeleteOnlyFinishedOnes() {
        Job running = store.submit(new NewJob(JobKind.RUNPOD, spec("running"), JobPriority.URGENT, null, null, true));
        claim("w");
        store.submit(new NewJob(JobKind.RUNPOD, spec("queued"), JobPriority.NORMAL, null, null, true));
        store.submit(new NewJob(JobKind.RUNPOD, spec("queued 2"), JobPriority.NORMAL, null, null, true));
        Job taskJob = submit("task", JobPriority.NORMAL);

        assertThat(store.purgeQueued(JobKind.RUNPOD)).isEqualTo(2);
        assertThat(store.find(running.id())).isPresent();
        assertThat(store.find(taskJob.id())).isPresent();

        assertThat(store.delete(taskJob.id())).as("not final").isFalse();
        store.cancel(taskJob.id());
        assertThat(store.delete(taskJob.id())).isTrue();
        assertThat(store.find(taskJob.id())).isEmpty();
        assertThat(store.state(running.id())).contains(JobState.RUNNING);
        assertThat(store.state(taskJob.id())).isEmpty();
    }
}
