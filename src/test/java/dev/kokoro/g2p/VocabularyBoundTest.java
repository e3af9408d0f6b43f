package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.TextNormalizer;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whatever text comes in, every language's G2P says it in symbols the model knows: random strings mixing
 * the scripts of all nine languages, digits, symbols and emoji, normalized and phonemized, come out as
 * vocabulary symbols and single spaces only.
 */
@NeedsAssets
class VocabularyBoundTest {
    private static final String ALPHABET = "The quick brown FOX, naïve café — déjà vu! ¿Qué pasó? ñandú "
            + "çà et là, l'œuvre «ici» perché città São Paulo ação "
            + "नमस्ते दुनिया २०२४ क्या हाल है। "
            + "今日は東京でカタカナとひらがなを読む。「はい」ッー "
            + "我们去银行吧，他在路上行走。《红楼梦》、？！ "
            + "0123456789 $€£¥₹%&@#*+=/\\|<>[]{}~^_`'\"“”‘’…·•°℃±×÷ 😀🎉 ΩΣ Привет 한국어 ";
    private static G2PRegistry registry;
    private static PhonemeVocab vocab;
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @BeforeAll
    static void load() {
        vocab = PhonemeVocab.load(TestAssets.modelConfig());
        registry = new G2PRegistry(TestAssets.lexicons(), vocab);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void randomMixedScriptTextStaysInsideTheVocabulary(Language language) {
        G2P g2p = registry.forLanguage(language);
        Random random = new Random(language.ordinal());
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int n = 0; n < 150; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            String phonemes = g2p.phonemize(NORMALIZER.normalize(text.toString(), language));
            assertThat(phonemes.codePoints().filter(cp -> cp != ' ' && !vocab.contains(cp))
                    .mapToObj(Character::toString).toList())
                    .as("symbols outside the vocabulary in '%s' for '%s'", phonemes, text)
                    .isEmpty();
            assertThat(phonemes).as("no doubled or edge spaces in '%s' for '%s'", phonemes, text)
                    .doesNotContain("  ").isEqualTo(phonemes.strip());
        }
    }
}
