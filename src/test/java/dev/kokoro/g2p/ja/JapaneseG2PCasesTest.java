package dev.kokoro.g2p.ja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.g2p.G2P;
import dev.kokoro.g2p.G2PRegistry;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TsvCases;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.TextNormalizer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of Japanese cases in {@code g2p/japanese-cases.tsv}, read the way the server reads them (text
 * normalizer, then the G2P from the registry), and the cases known to come out wrong in
 * {@code g2p/japanese-known-failures.tsv}: those must still fail, so that a fix shows up and they move over.
 */
@NeedsAssets
class JapaneseG2PCasesTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static PhonemeVocab vocab;
    private static G2P japanese;
    /** The same G2P with a vocabulary that keeps every symbol, to see what the real one would have to drop. */
    private static JapaneseG2P unfiltered;

    @BeforeAll
    static void load() {
        vocab = PhonemeVocab.load(TestAssets.modelConfig());
        G2PRegistry registry = new G2PRegistry(TestAssets.lexicons(), vocab);
        japanese = registry.forLanguage(Language.JAPANESE);
        Map<Integer, Integer> everySymbol = new HashMap<>();
        for (int cp = 0; cp < 0x10000; cp++) {
            everySymbol.put(cp, cp);
        }
        unfiltered = new JapaneseG2P(TestAssets.lexicons(), () -> registry.forLanguage(Language.AMERICAN_ENGLISH),
                new PhonemeVocab(everySymbol));
    }

    static Stream<Arguments> cases() throws IOException {
        return TsvCases.read("/g2p/japanese-cases.tsv", 2);
    }

    static Stream<Arguments> knownFailures() throws IOException {
        return TsvCases.read("/g2p/japanese-known-failures.tsv", 2);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("cases")
    void phonemizes(String text, String expected) {
        assertThat(japanese.phonemize(normalize(text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1} (known wrong)")
    @MethodSource("knownFailures")
    void knownFailuresStillFail(String text, String expected) {
        assertThat(japanese.phonemize(normalize(text))).isNotEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesOnlySymbolsTheModelKnows(String text, String expected) {
        assertInsideVocab(text, unfiltered.phonemize(normalize(text)));
    }

    @Test
    void randomJapaneseTextProducesOnlySymbolsTheModelKnows() {
        String alphabet = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげご"
                + "ざじずぜぞだぢづでどばびぶべぼぱぴぷぺぽぁぃぅぇぉゃゅょっゎゔゕゖゝゞアイウエオカキクケコサシスセソタチツテトナニヌネノ"
                + "ハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴヴァィゥェォャュョッヮヵヶヷヸヹヺーヽヾ"
                + "日本語東京人年月分本時何一二三四五六七八九十百千万億兆〇中大小学生先見行来食言思今明雨花々"
                + "。、！？「」『』（）【】・～…―：；　 ,.!?\"()-/&%#@*abcXYZ";
        Random random = new Random(20260427);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertInsideVocab(text.toString(), unfiltered.phonemize(text.toString()));
        }
    }

    @Test
    void tableHasAtLeast60Cases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(60);
    }

    private static void assertInsideVocab(String text, String phonemes) {
        assertThat(phonemes.codePoints().filter(cp -> !vocab.contains(cp))
                .mapToObj(Character::toString).toList())
                .as("symbols outside the vocabulary in %s for %s", phonemes, text)
                .isEmpty();
    }

    private static String normalize(String text) {
        return NORMALIZER.normalize(text, Language.JAPANESE);
    }
}
