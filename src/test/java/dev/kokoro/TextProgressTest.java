package dev.kokoro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextProgressTest {
    private static List<WordTime> words(String... written) {
        return java.util.Arrays.stream(written).map(w -> new WordTime(w, null, 0, 0)).toList();
    }

    @Test
    void followsTheWordsHeardThroughTheText() {
        String text = "One two. One two three.";
        TextProgress progress = new TextProgress(text);
        assertThat(progress.fraction()).isZero();

        progress.heard(words("One", "two"));
        assertThat(progress.fraction()).isCloseTo(7.0 / text.length(), within(1e-9));

        progress.heard(words("One", "two")); // the second "One two", not the first again
        assertThat(progress.fraction()).isCloseTo(16.0 / text.length(), within(1e-9));

        progress.heard(words("three"));
        assertThat(progress.fraction()).isCloseTo(22.0 / text.length(), within(1e-9));
    }

    @Test
    void aWordNotInTheTextLeavesThePositionWhereItWas() {
        String text = "[pause:1s] Hello there";
        TextProgress progress = new TextProgress(text);
        progress.heard(words("Hello", "pause-word-that-is-not-there"));
        assertThat(progress.fraction()).isCloseTo(16.0 / text.length(), within(1e-9));
    }

    @Test
    void looksOnlyAShortWayAhead() {
        String text = "start " + "x".repeat(5_000) + " far";
        TextProgress progress = new TextProgress(text);
        progress.heard(words("start", "far"));
        assertThat(progress.fraction()).isCloseTo(5.0 / text.length(), within(1e-9));
    }
}
