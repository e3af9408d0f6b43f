package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import dev.kokoro.testing.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job side put together from the settings, as the server will: an embedded database under the data folder. */
class JobsTest {
    @TempDir
    Path home;

    private ServerConfig config(Map<String, String> overrides) {
        return ServerConfig.from(Settings.load(Map.of("KOKORO_HOME", home.toString()), overrides));
    }

    @Test
    void startsFromTheSettingsRunsJobsAndKeepsThemInTheDataFolder() throws Exception {
        ServerConfig config = config(Map.of("job-workers", "2"));
        FakeSynthesizer synthesizer = new FakeSynthesizer();
        String id;
        try (Jobs jobs = Jobs.start(config.jobs(), config.dataDir(), synthesizer, store -> Job::id)) {
            Job registered = jobs.submit(new NewJob(JobKind.TASK, DatabaseContract.spec("rendered later"),
                    JobPriority.HIGH, null, null, false));
            id = registered.id();
            assertThat(jobs.stats().place(id)).isEmpty();
            assertThat(jobs.startRegistered(JobKind.TASK, 5)).isEqualTo(1);
            Job done = jobs.awaitEnd(id, Duration.ofSeconds(20)).orElseThrow();
            assertThat(done.state()).isEqualTo(JobState.COMPLETED);
            assertThat(done.result().format()).isEqualTo("wav");
            assertThat(synthesizer.priorities()).containsExactly(JobPriority.HIGH);
            assertThat(jobs.runner().workers()).isEqualTo(2);
            assertThat(jobs.awaitEnd("no-such-job", Duration.ofSeconds(1))).isEmpty();
        }
        try (var files = Files.list(home.resolve("data/jobs"))) {
            assertThat(files).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
        }
        try (Jobs again = Jobs.start(config.jobs(), config.dataDir(), synthesizer, store -> Job::id)) {
            assertThat(again.store().find(id)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
        }
    }

    @Test
    void awaitEndGivesUpAfterTheTimeoutWithTheJobAsItIs() throws Exception {
        ServerConfig config = config(Map.of());
        FakeSynthesizer synthesizer = new FakeSynthesizer();
        try (Jobs jobs = Jobs.start(config.jobs(), config.dataDir(), synthesizer, store -> Job::id)) {
            Job job = jobs.submit(DatabaseContract.task("wait", JobPriority.NORMAL));
            synthesizer.awaitWaiting();
            assertThat(jobs.awaitEnd(job.id(), Duration.ofMillis(100)).orElseThrow().state())
                    .isEqualTo(JobState.RUNNING);
            jobs.cancel(job.id());
            assertThat(jobs.awaitEnd(job.id(), Duration.ofSeconds(20)).orElseThrow().state())
                    .isEqualTo(JobState.CANCELLED);
            Eventually.await("the worker to stop", () -> jobs.runner().busyWorkers(), n -> n == 0);
        }
    }

    @Test
    void embeddedDatabaseRunsAgainAtOnceTheJobsADeadServerLeftRunning() throws Exception {
        ServerConfig config = config(Map.of("job-lease-seconds", "3600"));
        String id;
        try (JobDatabase db = JobDatabase.open("", "", "", config.dataDir(), 2)) {
            JobStore store = new JdbcJobStore(db, new JobPolicy(Duration.ofMinutes(30), Duration.ofHours(1), 3),
                    Clock.systemUTC());
            id = store.submit(DatabaseContract.task("orphan", JobPriority.NORMAL)).id();
            assertThat(store.claim("killed/0", Duration.ofHours(1))).isPresent();
        }
        try (Jobs jobs = Jobs.start(config.jobs(), config.dataDir(), new FakeSynthesizer(), store -> Job::id)) {
            Job done = jobs.awaitEnd(id, Duration.ofSeconds(20)).orElseThrow();
            assertThat(done.state()).isEqualTo(JobState.COMPLETED);
            assertThat(done.attempts()).isEqualTo(2);
        }
    }
}
