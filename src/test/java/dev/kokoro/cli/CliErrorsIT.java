package dev.kokoro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.EndToEnd;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exit codes and one-line messages a script relies on, and --help on every verb. */
@EndToEnd
class CliErrorsIT {
    @TempDir
    static Path dir;
    static KokoroCommand kokoro;

    @BeforeAll
    static void home() throws IOException {
        kokoro = KokoroCommand.withHomeIn(dir);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        KokoroCommand.Result result = kokoro.run(dir, "generate", "Hi", "--loudness", "11");

        result.assertFailed(2);
        assertThat(result.stderr()).contains("'--loudness'").contains("kokoro generate --help");
    }

    @Test
    void anUnknownVoiceIsAnInputError() {
        KokoroCommand.Result result = kokoro.run(dir, "generate", "Hi", "--voice", "af_nobody", "-o", "x.wav");

        result.assertFailed(3);
        assertThat(result.stderr()).contains("af_nobody");
    }

    @Test
    void aMissingInputFileIsAnInputError() {
        KokoroCommand.Result result = kokoro.run(dir, "generate", "--file", dir.resolve("missing.txt").toString());

        result.assertFailed(3);
        assertThat(result.stderr()).isEqualTo("kokoro: Cannot read " + dir.resolve("missing.txt")
                + ": no such file or directory.\n");
    }

    @Test
    void anEmptyTextIsAnInputError() {
        KokoroCommand.Result result = kokoro.run(dir, "generate", "  ", "-o", "x.wav");

        result.assertFailed(3);
        assertThat(result.stderr()).isEqualTo("kokoro: The text is empty.\n");
    }

    @Test
    void aMissingModelFileIsAnAssetError() {
        String missing = dir.resolve("none.onnx").toString();

        KokoroCommand.Result result = kokoro.run(dir, "phonemize", "Hi", "--model", missing);

        result.assertFailed(4);
        assertThat(result.stderr()).contains(missing);
    }

    @Test
    void theHelpListsTheVerbsButNotTheBenchmark() {
        KokoroCommand.Result result = kokoro.run(dir, "--help");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdoutText()).contains("serve", "generate", "dataset").doesNotContain("bench");
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "voices", "phonemize", "export-voice", "dataset", "serve"})
    void everyVerbHasHelp(String verb) {
        KokoroCommand.Result result = kokoro.run(dir, verb, "--help");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdoutText()).startsWith("Usage: kokoro " + verb + " ");
        assertThat(result.stderr()).isEmpty();
    }
}
