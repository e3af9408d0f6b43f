package dev.kokoro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.auth.ApiKeys;
import dev.kokoro.auth.KeyLimits;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kokoro hash-key} writes a line the server reads back as the same key, with its name and limits. */
class HashKeyCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void theLineItWritesIsReadBackAsTheKey(@TempDir Path dir) throws Exception {
        Run run = run("correct-horse-battery\n", "hash-key", "--name", "alice", "--requests-per-minute", "30",
                "--concurrent-streams", "2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("sha256:62249369389075490555a758353aec61500c6218fa597252d52dc4bd0148f12d "
                + "name=alice requests-per-minute=30 concurrent-streams=2\n");
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, run.out());
        ApiKeys keys = ApiKeys.load(List.of(), Optional.of(file), new KeyLimits(0, 500, 0));
        assertThat(keys.match("correct-horse-battery")).hasValueSatisfying(key -> {
            assertThat(key.name()).isEqualTo("alice");
            assertThat(key.limits()).isEqualTo(new KeyLimits(30, 500, 2));
        });
    }

    @Test
    void aShortOrMissingKeyIsAnInputError() throws Exception {
        Run shortKey = run("secret\n", "hash-key");
        assertThat(shortKey.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(shortKey.err()).contains("at least 16 characters").doesNotContain("secret");
        assertThat(shortKey.out()).isEmpty();

        assertThat(run("", "hash-key").exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run("correct-horse-battery\n", "hash-key", "--chars-per-day", "-1").exitCode())
                .isEqualTo(ExitCodes.INPUT);
    }

    private static Run run(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = KokoroCli.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }
}
