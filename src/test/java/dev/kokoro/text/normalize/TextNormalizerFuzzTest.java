package dev.kokoro.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.Fuzzing;
import dev.kokoro.testing.NastyText;
import dev.kokoro.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Hostile text in every language: normalizing never fails, its output grows at most by a bounded factor of the
 * input (a number becomes words, a symbol its name), it leaves text alone when asked to, and normalizing its own
 * output again changes nothing for plain words. Run settings: {@link Fuzzing}.
 */
class TextNormalizerFuzzTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    /** The most one input character may become: the longest readings are of digits and symbols. */
    private static final int MAX_GROWTH = 40;
    private static final List<String> FRAGMENTS = List.of("1", "12", "2024", "3.5", "1,000", "$", "€", "%", "°C",
            "km", "@", "http://", "www.", ".com", "Dr.", "No.", "FBI", "XIV", "1st", "a.m.", "(s)", "+", "=", "×",
            "年", "है", "é", "😀", "-", "/", ":", "'", " ", "\n");

    private static Gen<Language> languages() {
        return Generate.enumValues(Language.class);
    }

    @Test
    void anyTextInAnyLanguageNormalizesWithinABound() {
        Fuzzing.qt(1200).forAll(languages(), NastyText.text(40, FRAGMENTS)).checkAssert((language, text) -> {
            String out = NORMALIZER.normalize(text, language);
            assertThat(out.length()).as("[%s] %s", language.tag(), NastyText.escaped(text))
                    .isLessThanOrEqualTo(MAX_GROWTH * text.length() + 20);
        });
    }

    @Test
    void switchedOffItLeavesTheTextAlone() {
        NormalizationOptions off = new NormalizationOptions(false, true, true, true, true, true, true);
        Fuzzing.qt(500).forAll(languages(), NastyText.text(40, FRAGMENTS))
                .checkAssert((language, text) -> assertThat(NORMALIZER.normalize(text, language, off)).isEqualTo(text));
    }

    /**
     * Lower-case words, each followed by a space, a comma or a full stop, are already what a reader says: a second
     * pass keeps them. (Not so for spaced dots: ". . ." becomes "..." in the first pass and "…" in the second, as
     * punctuation is read before spacing is tidied; both are read as the same pause.)
     */
    @Test
    void plainWordsAreAFixedPoint() {
        Gen<String> word = Generate.pick(List.of("the", "cat", "sat", "on", "a", "mat", "é", "casa", "年", "है"))
                .zip(Generate.pick(List.of(" ", " ", ", ", ". ")), String::concat);
        Gen<String> words = NastyText.concatenated(word, 30);
        Fuzzing.qt(800).forAll(languages(), words).checkAssert((language, text) -> {
            String once = NORMALIZER.normalize(text, language);
            assertThat(NORMALIZER.normalize(once, language)).as("[%s] %s", language.tag(), text).isEqualTo(once);
        });
    }
}
