package dev.kokoro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A table of test cases in a TSV resource: one case a line, its fields separated by tabs; blank lines and
 * lines that start with {@code #} are comments.
 */
public final class TsvCases {
    private TsvCases() {
    }

    /** The rows of the table as JUnit arguments, each checked to have exactly {@code columns} fields. */
    public static Stream<Arguments> read(String resource, int columns) {
        try (InputStream in = TsvCases.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            return lines.stream().map(line -> {
                String[] fields = line.split("\t");
                assertThat(fields).as(line).hasSize(columns);
                return Arguments.of((Object[]) fields);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
