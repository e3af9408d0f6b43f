package dev.kokoro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** One case: the line it is on (for messages) and its fields, empty ones included. */
    public record Row(int line, List<String> fields) {
        public String field(int index) {
            return fields.get(index);
        }
    }

    /** The rows of the table, each checked to have exactly {@code columns} fields. */
    public static List<Row> rows(String resource, int columns) {
        return rows(TsvCases.class, resource, columns);
    }

    /** {@link #rows(String, int)} with a resource name relative to {@code owner}'s package. */
    public static List<Row> rows(Class<?> owner, String resource, int columns) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<Row> rows = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = List.of(line.split("\t", -1));
                assertThat(fields).as(resource + ":" + (i + 1) + " " + line).hasSize(columns);
                rows.add(new Row(i + 1, fields));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** The rows of the table as JUnit arguments, each checked to have exactly {@code columns} fields. */
    public static Stream<Arguments> read(String resource, int columns) {
        return rows(resource, columns).stream().map(row -> Arguments.of(row.fields().toArray()));
    }

    /** A field with the escapes a table writes for what a tab-separated line cannot hold: \n and \t. */
    public static String unescape(String field) {
        return field.replace("\\n", "\n").replace("\\t", "\t");
    }
}
