package dev.kokoro.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a bash command from the checkout's scripts/ in a subprocess, with an environment cleared of the
 * caller's {@code KOKORO_*} and {@code JAVA_HOME} variables so that only what a test sets is seen.
 *
 * @param exitCode the command's exit status
 * @param stdout standard output, as text
 * @param stderr standard error, as text
 */
record ScriptRun(int exitCode, String stdout, String stderr) {
    static final Path SCRIPTS = Path.of("scripts").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 120;

    /** Runs {@code bash -c script} with {@code args} as $1..., in {@code workingDir}, with {@code env} added. */
    static ScriptRun bash(Path workingDir, Map<String, String> env, String script, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "bash"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KOKORO_") || name.equals("JAVA_HOME"));
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        try {
            Path out = Files.createTempFile(workingDir, "stdout-", ".txt");
            Path err = Files.createTempFile(workingDir, "stderr-", ".txt");
            try {
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(script + " did not finish in " + TIMEOUT_SECONDS + " s");
                }
                return new ScriptRun(process.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
