package dev.kokoro.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.TsvCases;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClauseSplitterTest {
    static Stream<TsvCases.Row> cases() {
        return TsvCases.rows("/realtime/clause-cases.tsv", 3).stream();
    }

    @ParameterizedTest(name = "line {0}")
    @MethodSource("cases")
    void releasesCompleteClausesAsTextArrives(TsvCases.Row row) {
        ClauseSplitter splitter = new ClauseSplitter();
        List<String> streamed = new ArrayList<>();
        for (String piece : row.field(0).split("\\|", -1)) {
            streamed.addAll(splitter.add(piece));
        }

        assertThat(streamed).as("line %d while streaming", row.line()).isEqualTo(clauses(row.field(1)));
        assertThat(splitter.flush()).as("line %d at flush", row.line()).isEqualTo(clauses(row.field(2)));
        assertThat(splitter.pending()).isEmpty();
    }

    /** Each clause is released by the piece that completes it, not later. */
    @Test
    void releasesAClauseWithThePieceThatShowsItEnded() {
        ClauseSplitter splitter = new ClauseSplitter();

        assertThat(splitter.add("Hello,")).isEmpty();
        assertThat(splitter.add(" wor")).containsExactly("Hello,");
        assertThat(splitter.add("ld! And")).containsExactly("world!");
        assertThat(splitter.pending()).isEqualTo(" And");
    }

    @Test
    void releasesRunOnTextAtASpaceOnceItIsLong() {
        ClauseSplitter splitter = new ClauseSplitter();
        List<String> released = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            released.addAll(splitter.add("word "));
        }

        assertThat(released).isNotEmpty();
        assertThat(released).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(ClauseSplitter.LONGEST_CLAUSE));
        assertThat(String.join(" ", released) + " " + String.join(" ", splitter.flush()))
                .isEqualTo("word ".repeat(60).strip());
    }

    private static List<String> clauses(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|"));
    }
}
