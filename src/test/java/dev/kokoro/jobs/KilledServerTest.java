package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.Eventually;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database through a kill -9: a process completes jobs and is killed mid-queue; every job it reported
 * completed is still completed, and a restarted runner finishes the others without running any twice.
 */
class KilledServerTest {
    static final Duration LEASE = Duration.ofMillis(500);
    static final JobPolicy POLICY = new JobPolicy(Duration.ofMinutes(30), Duration.ofHours(1), 3);

    @TempDir
    Path dataDir;

    @Test
    void killedMidQueueEveryJobCompletesOnceAfterTheRestart() throws Exception {
        int jobs = 40;
        List<String> ids = new ArrayList<>();
        try (JobDatabase db = JobDatabase.open("", "", "", dataDir, 2)) {
            JobStore store = new JdbcJobStore(db, POLICY, Clock.systemUTC());
            for (int i = 0; i < jobs; i++) {
                ids.add(store.submit(DatabaseContract.task("job " + i, JobPriority.NORMAL)).id());
            }
        }

        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), CompletingProcess.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (reported.size() < 10) {
                String line = out.readLine();
                assertThat(line).as("the child reports completions").isNotNull();
                reported.add(line.substring("completed ".length()));
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        FakeSynthesizer synthesizer = new FakeSynthesizer();
        try (JobDatabase db = JobDatabase.open("", "", "", dataDir, 4)) {
            JobStore store = new JdbcJobStore(db, POLICY, Clock.systemUTC());
            for (String id : reported) {
                assertThat(store.find(id).orElseThrow().state()).as("reported completed before the kill")
                        .isEqualTo(JobState.COMPLETED);
            }
            long completedBefore = store.counts(null).in(JobState.COMPLETED);
            assertThat(completedBefore).isLessThan(jobs);
            JobRunner runner = new JobRunner(store, synthesizer, new RunnerOptions(2, LEASE, Duration.ofMillis(20)),
                    "restarted").start();
            try {
                Eventually.await("every job to complete", () -> store.counts(null).in(JobState.COMPLETED),
                        n -> n == jobs);
            } finally {
                runner.close();
            }
            assertThat(synthesizer.started()).doesNotHaveDuplicates().hasSize(jobs - (int) completedBefore);
            for (String id : ids) {
                assertThat(store.find(id).orElseThrow().attempts()).isBetween(1, 2);
            }
        }
    }
}
