package dev.kokoro.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.text.Language;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random mixes of the fragments the rules look for, in every language: the normalizer must never
 * throw, and every digit must come out as words (a G2P would otherwise read it, or drop it).
 */
class NormalizerFuzzTest {
    private static final List<String> FRAGMENTS = List.of("1", "12", "2024", "007", "3.5", "1,000", "1.000", ".", ",",
            "-", "–", "/", ":", "$", "€", "£", "¥", "₹", "R$", "%", "°", "°C", "@", "a", "A", "FBI", " ", " ", " ", "st",
            "th", "er", "am", "pm", "p.m.", "(", ")", "(s)", "[", "]", "'", "\"", "½", "ª", "º", "x", "km", "GB", "é",
            "😀", "\n", "http://", "www.", ".com", "Dr.", "No.", "I", "V", "X", "Chapter", "Henry", "March", "k", "bn",
            "+", "#", "~", "&", "*", "_", "v", "e.g.", "年", "に", "है", "=", "x", "×", "k", "h", "e", "º", "XX", "IV",
            "Flight ", "PIN ", "at ", "between ", "a ", "casa", "siglo ", "Boeing ", ".md", "-", "०", "२", "'", "scored ",
            "stars", "0600", "911", "C++", "NO", "dont", "Dr.");
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @Test
    void randomInputNeverThrowsAndLeavesNoDigits() {
        Random random = new Random(20240315);
        for (Language language : Language.values()) {
            for (int i = 0; i < 400; i++) {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(25);
                for (int j = 0; j < n; j++) sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                String input = sb.toString();
                String out = NORMALIZER.normalize(input, language);
                assertThat(out).as("[%s] %s", language.tag(), input).doesNotContainPattern("[0-9]");
            }
        }
    }
}
