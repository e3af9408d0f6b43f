package dev.kokoro.g2p.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.g2p.EnglishG2P;
import dev.kokoro.g2p.EnglishPosTagger;
import dev.kokoro.g2p.EspeakNg;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TsvCases;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.TextNormalizer;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of Chinese cases in {@code g2p/chinese-cases.tsv}, each read through the text normalizer and then
 * the Chinese G2P as a request is, and the cases known to differ from misaki in
 * {@code g2p/chinese-known-failures.tsv}: those must still differ, so that a change shows up.
 */
@NeedsAssets
class ChineseG2PCasesTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static ChineseG2P g2p;

    @BeforeAll
    static void load() {
        PhonemeVocab vocab = PhonemeVocab.load(TestAssets.modelConfig());
        EnglishG2P english = new EnglishG2P(Language.AMERICAN_ENGLISH, TestAssets.lexicons(), EspeakNg.shared(),
                EnglishPosTagger.shared(), vocab);
        g2p = new ChineseG2P(() -> english, ToneSandhi.NONE, vocab);
    }

    static Stream<Arguments> cases() throws IOException {
        return TsvCases.read("/g2p/chinese-cases.tsv", 2);
    }

    static Stream<Arguments> knownFailures() throws IOException {
        return TsvCases.read("/g2p/chinese-known-failures.tsv", 2);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void phonemizes(String text, String expected) {
        assertThat(phonemize(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1} (misaki, known to differ)")
    @MethodSource("knownFailures")
    void knownFailuresStillDiffer(String text, String misaki) {
        assertThat(phonemize(text)).isNotEqualTo(misaki);
    }

    @Test
    void tableHasAtLeast60Cases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(60);
    }

    private static String phonemize(String text) {
        return g2p.phonemize(NORMALIZER.normalize(text, Language.MANDARIN_CHINESE));
    }
}
