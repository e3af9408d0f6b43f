package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TsvCases;
import dev.kokoro.text.Language;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of English cases in {@code g2p/english-cases.tsv}, and the cases known to come out wrong in
 * {@code g2p/english-known-failures.tsv}: those must still fail, so that a fix shows up and they move over.
 */
@NeedsAssets
class EnglishG2PCasesTest {
    private static EnglishG2P us;
    private static EnglishG2P gb;

    @BeforeAll
    static void load() {
        PhonemeVocab vocab = PhonemeVocab.load(TestAssets.modelConfig());
        us = new EnglishG2P(Language.AMERICAN_ENGLISH, TestAssets.lexicons(), EspeakNg.shared(), EnglishPosTagger.shared(), vocab);
        gb = new EnglishG2P(Language.BRITISH_ENGLISH, TestAssets.lexicons(), EspeakNg.shared(), EnglishPosTagger.shared(), vocab);
    }

    static Stream<Arguments> cases() throws IOException {
        return TsvCases.read("/g2p/english-cases.tsv", 3);
    }

    static Stream<Arguments> knownFailures() throws IOException {
        return TsvCases.read("/g2p/english-known-failures.tsv", 3);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("cases")
    void phonemizes(char dialect, String text, String expected) {
        assertThat(g2p(dialect).phonemize(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} (known wrong)")
    @MethodSource("knownFailures")
    void knownFailuresStillFail(char dialect, String text, String expected) {
        assertThat(g2p(dialect).phonemize(text)).isNotEqualTo(expected);
    }

    @Test
    void tableHasAtLeast150Cases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(150);
    }

    private static EnglishG2P g2p(char dialect) {
        return dialect == 'a' ? us : gb;
    }
}
