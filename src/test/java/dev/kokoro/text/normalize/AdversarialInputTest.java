package dev.kokoro.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kokoro.text.Language;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input built to make backtracking regexes go quadratic or worse: long runs of digits, dots, at
 * signs, slashes, address-like and number-like fragments. Each 50 KB and 100 KB input must be
 * normalized within {@link #RUNAWAY}: it takes well under a second on a quiet machine, and a
 * quadratic rule on 100 KB takes many minutes, so the bound catches one; it is not a speed target
 * (scripts/bench measures the rate), and it is wide because a CI machine running several builds at
 * once was seen taking 8 s.
 */
class AdversarialInputTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final Duration RUNAWAY = Duration.ofSeconds(60);

    @ParameterizedTest(name = "\"{0}\" repeated")
    @ValueSource(strings = {"1", "1.", "1,", "1-", "1/", "1:", "@", "a@", "x@y.", "/", "www.", "$1", "[", "AB ", "a.",
            "\u2014", "+1 ", "(s)", "1 ", "I ",
            // the patterns of the sum, score, code, file-name, flight, time, PIN, phone, model-number,
            // magnitude, adjective, contraction, height, range, street and emphasis rules
            "1 - ", "1 x ", "1=", "1.5/", "A-1-", "a.md ", "Flight 1 ", "at 0600 ", "PIN 1", "0123 ", "911 ", "A123 ",
            "1k ", "2m people ", "a $5 ", "5' ", "$1-", "between 1-", "1 Baker Dr. ", "C++", "NO ", "dont "})
    void normalizesFiftyAndHundredKilobytesInLinearTime(String unit) {
        for (int size : new int[] {50_000, 100_000}) {
            String text = unit.repeat(size / unit.length());
            String out = assertTimeoutPreemptively(RUNAWAY,
                    () -> NORMALIZER.normalize(text, Language.AMERICAN_ENGLISH));
            assertThat(out).as("%d chars of %s", size, unit).isNotNull();
        }
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" repeated")
    @CsvSource(delimiter = '|', value = {"e|1 casa ", "e|siglo XXI ", "e|3º piso ", "e|1.500.000 ", "e|1,5k ",
            "f|XXe ", "f|14h30 ", "f|Louis XIV ", "f|1 heure ", "i|1 ora ", "i|XXI secolo ", "p|Dom Pedro II ",
            "p|1 hora ", "h|२०२४ ", "h|सन 1947 ", "h|1947 में ", "z|2个", "z|第2", "z|03-", "z|13800000000",
            "z|5kg", "z|25℃", "j|03-12-", "j|0-", "j|5kg"})
    void languageSpecificRulesRunInLinearTime(String code, String unit) {
        Language language = Language.ofCode(code, "language");
        for (int size : new int[] {50_000, 100_000}) {
            String text = unit.repeat(size / unit.length());
            String out = assertTimeoutPreemptively(RUNAWAY, () -> NORMALIZER.normalize(text, language));
            assertThat(out).as("%d chars of %s", size, unit).isNotNull();
        }
    }

    @Test
    void longDigitRunsAreReadDigitByDigitInEveryLanguage() {
        for (Language language : Language.values()) {
            String out = assertTimeoutPreemptively(RUNAWAY,
                    () -> NORMALIZER.normalize("7".repeat(50_000), language));
            assertThat(out).doesNotContain("7");
        }
    }
}
