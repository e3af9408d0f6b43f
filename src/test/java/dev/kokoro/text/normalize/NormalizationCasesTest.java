package dev.kokoro.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.text.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table-driven suite: every language's table, cases-{code}.tsv by Kokoro's one-letter code,
 * must pass; known-failures.tsv must still fail.
 */
class NormalizationCasesTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    /** The least each table must hold: English is the most used, the Romance languages and Hindi next. */
    private static final Map<Language, Integer> MINIMUM_ROWS = Map.of(
            Language.AMERICAN_ENGLISH, 400, Language.BRITISH_ENGLISH, 15, Language.SPANISH, 60,
            Language.FRENCH, 50, Language.ITALIAN, 50, Language.BRAZILIAN_PORTUGUESE, 50, Language.HINDI, 30,
            Language.JAPANESE, 20, Language.MANDARIN_CHINESE, 25);

    static Stream<NormalizationCase> cases() {
        return Arrays.stream(Language.values()).flatMap(l -> table(l).stream());
    }

    private static List<NormalizationCase> table(Language language) {
        return NormalizationCase.load("cases-" + language.code() + ".tsv");
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
                .as("now passes: move it from known-failures.tsv to cases-%s.tsv", c.language().code())
                .isNotEqualTo(c.expected());
    }

    @Test
    void everyLanguageHasItsOwnLargeEnoughTable() {
        for (Language language : Language.values()) {
            List<NormalizationCase> rows = table(language);
            assertThat(rows).as("cases-%s.tsv", language.code())
                    .hasSizeGreaterThanOrEqualTo(MINIMUM_ROWS.get(language))
                    .allSatisfy(c -> assertThat(c.language()).isEqualTo(language));
        }
    }
}
