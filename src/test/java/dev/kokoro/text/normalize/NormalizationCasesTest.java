package dev.kokoro.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.text.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The table-driven suite: cases.tsv must pass; known-failures.tsv must still fail. */
class NormalizationCasesTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    static Stream<NormalizationCase> cases() {
        return NormalizationCase.load("cases.tsv").stream();
    }

    static Stream<NormalizationCase> knownFailures() {
        return NormalizationCase.load("known-failures.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAsACarefulReaderWould(NormalizationCase c) {
        assertThat(NORMALIZER.normalize(c.input(), c.language(), c.options())).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("knownFailures")
    void knownFailureStillFails(NormalizationCase c) {
        assertThat(NORMALIZER.normalize(c.input(), c.language(), c.options()))
                .as("now passes: move it from known-failures.tsv to cases.tsv")
                .isNotEqualTo(c.expected());
    }

    @Test
    void tableCoversEveryLanguageAndIsLargeEnough() {
        List<NormalizationCase> all = NormalizationCase.load("cases.tsv");
        Map<Language, Integer> perLanguage = new EnumMap<>(Language.class);
        all.forEach(c -> perLanguage.merge(c.language(), 1, Integer::sum));
        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        for (Language l : List.of(Language.SPANISH, Language.FRENCH, Language.ITALIAN,
                Language.BRAZILIAN_PORTUGUESE, Language.HINDI)) {
            assertThat(perLanguage.getOrDefault(l, 0)).as(l.name()).isGreaterThanOrEqualTo(10);
        }
    }
}
