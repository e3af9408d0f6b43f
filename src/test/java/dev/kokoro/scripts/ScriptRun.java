package dev.kokoro.scripts;

import dev.kokoro.testing.FinishedProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        FinishedProcess run = FinishedProcess.run(builder, script, TIMEOUT_SECONDS);
        return new ScriptRun(run.exitCode(), new String(run.stdout(), StandardCharsets.UTF_8), run.stderr());
    }
}
