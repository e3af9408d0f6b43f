package dev.kokoro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.FinishedProcess;
import dev.kokoro.testing.TestAssets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged {@code kokoro} command (scripts/kokoro running target/kokoro-server.jar, as a user runs it) in a
 * subprocess, on the mini twin model with the test voices and lexicons and the checkout's voice tables, and a
 * home folder of its own for what it keeps. Needs {@code package} first, hence the *IT tests.
 */
final class KokoroCommand {
    private static final Path SCRIPT = Path.of("scripts", "kokoro").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 180;

    private final Path home;

    private KokoroCommand(Path home) {
        this.home = home;
    }

    /**
     * What a run left behind.
     *
     * @param stdout the bytes on standard output
     * @param stderr standard error, as text
     */
    record Result(int exitCode, byte[] stdout, String stderr) {
        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        List<String> stderrLines() {
            return stderr.lines().toList();
        }

        /** Failed as the contract says: this exit code, one {@code kokoro: } line on stderr, no stack trace. */
        void assertFailed(int expectedExitCode) {
            assertThat(exitCode).as("exit code; stderr: %s", stderr).isEqualTo(expectedExitCode);
            assertThat(stderrLines()).hasSize(1);
            assertThat(stderr).startsWith("kokoro: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    /**
     * A command whose home folder is made in {@code dir}; the files a home folder would hold come from the test
     * assets and the checkout through {@code KOKORO_*} variables, read as the server reads them.
     */
    static KokoroCommand withHomeIn(Path dir) throws IOException {
        return new KokoroCommand(Files.createDirectories(dir.resolve("home")));
    }

    Path home() {
        return home;
    }

    /** The command with these arguments, not started: standard input is empty unless redirected. */
    ProcessBuilder builder(Path workingDir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KOKORO_"));
        builder.environment().putAll(Map.of(
                "KOKORO_HOME", home.toString(),
                "KOKORO_CONFIG_DIR", Path.of("config").toAbsolutePath().toString(),
                "KOKORO_MODEL", TestAssets.miniModel("A").toString(),
                "KOKORO_MODEL_CONFIG", TestAssets.modelConfig().toString(),
                "KOKORO_VOICES_DIR", TestAssets.voices().toString(),
                "KOKORO_LEXICONS_DIR", TestAssets.lexicons().toString()));
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        return builder;
    }

    /** Runs to the end in {@code workingDir}, with {@code stdin} (or nothing) on standard input. */
    Result run(Path workingDir, Path stdin, String... args) {
        ProcessBuilder builder = builder(workingDir, args);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        FinishedProcess run = FinishedProcess.run(builder, "kokoro " + String.join(" ", args), TIMEOUT_SECONDS);
        return new Result(run.exitCode(), run.stdout(), run.stderr());
    }

    Result run(Path workingDir, String... args) {
        return run(workingDir, null, args);
    }
}
