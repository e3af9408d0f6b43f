package dev.kokoro;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java API example, src/example/java/HelloKokoro.java, compiled against the server's classes and run
 * in a JVM of its own on a home folder laid out as scripts/fetch-assets leaves it (with a mini twin as the model).
 */
@NeedsAssets
class JavaApiExampleTest {
    private static final Path EXAMPLE = Path.of("src/example/java/HelloKokoro.java");

    @Test
    void theExampleCompilesAndSpeaks(@TempDir Path dir) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), EXAMPLE.toString());
        assertThat(compiled).as("javac exit code").isZero();

        Path home = home(dir.resolve("home"));
        Path wav = dir.resolve("hello.wav");
        ProcessBuilder command = new ProcessBuilder(javaCommand(), "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"), "HelloKokoro",
                home.toString(), wav.toString())
                .redirectError(dir.resolve("stderr.txt").toFile());
        // Only the home folder may decide what is loaded, as on a user's machine.
        command.environment().keySet().removeIf(name -> name.startsWith("KOKORO_"));
        Process run = command.start();
        String stdout = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();

        List<String> lines = stdout.lines().toList();
        assertThat(lines.getFirst()).matches(" +0\\.\\d\\d +\\d+\\.\\d\\d  Hello");
        assertThat(lines).anyMatch(l -> l.endsWith("  program"));
        assertThat(lines).filteredOn(l -> l.startsWith("chunk ")).hasSizeGreaterThanOrEqualTo(2)
                .first().asString().startsWith("chunk 0: ");
        DecodedAudio audio = DecodedAudio.decode(Files.readAllBytes(wav), "wav");
        assertThat(audio.sampleRate()).isEqualTo(24_000);
        assertThat(audio.durationSeconds()).isGreaterThan(1.0);
    }

    /**
     * models/, voices/ and config/lexicons/ as the fetch script installs them, linked to the test assets, and the
     * repository's voice catalogue.
     */
    private static Path home(Path home) throws Exception {
        Files.createDirectories(home.resolve("models"));
        Files.createDirectories(home.resolve("config"));
        Files.createSymbolicLink(home.resolve("models/kokoro-v1.0.onnx"), TestAssets.miniModel("B"));
        Files.createSymbolicLink(home.resolve("models/config.json"), TestAssets.modelConfig());
        Files.createSymbolicLink(home.resolve("voices"), TestAssets.voices());
        Files.createSymbolicLink(home.resolve("config/lexicons"), TestAssets.lexicons());
        for (String file : new String[] {"voices.tsv", "openai-voices.json"}) {
            Files.copy(Path.of("config", file), home.resolve("config").resolve(file));
        }
        return home;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
