package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job side put together from the settings, as the server will: an embedded database under the data folder. */
class JobsTest {
    @TempDir
    Path home;

    @Test
    void startsFromTheSettingsRunsJobsAndKeepsThemInTheDataFolder() throws Exception {
        ServerConfig config = ServerConfig.from(Settings.load(Map.of("KOKORO_HOME", home.toString()),
                Map.of("job-workers", "2")));
        FakeSynthesizer synthesizer = new FakeSynthesizer();
        String id;
        try (Jobs jobs = Jobs.start(config.jobs(), config.dataDir(), synthesizer, Job::id)) {
            Job registered = jobs.submit(new NewJob(JobKind.TASK, DatabaseContract.spec("rendered later"),
                    JobPriority.HIGH, null, null, false));
            id = registered.id();
            assertThat(jobs.stats().place(id)).isEmpty();
            assertThat(jobs.startRegistered(JobKind.TASK, 5)).isEqualTo(1);
            Job done = Eventually.await("the job to complete", () -> jobs.store().find(id).orElseThrow(),
                    j -> j.state() == JobState.COMPLETED);
            assertThat(done.result().format()).isEqualTo("wav");
            assertThat(jobs.runner().workers()).isEqualTo(2);
        }
        assertThat(Files.list(home.resolve("data/jobs"))).anyMatch(f -> f.getFileName().toString().endsWith(".mv.db"));
        try (Jobs again = Jobs.start(config.jobs(), config.dataDir(), synthesizer, Job::id)) {
            assertThat(again.store().find(id)).hasValueSatisfying(j -> assertThat(j.state()).isEqualTo(JobState.COMPLETED));
        }
    }
}
