package dev.kokoro.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    private final SentenceSplitter english = new SentenceSplitter(Language.AMERICAN_ENGLISH);

    @Test
    void splitsAtSentenceEndsAndKeepsTrailingSpace() {
        assertThat(english.split("It rained. Then it stopped! Did it? Yes."))
                .containsExactly("It rained. ", "Then it stopped! ", "Did it? ", "Yes.");
    }

    @Test
    void aLineBreakEndsASentenceAndBlankPiecesAreDropped() {
        // ICU breaks after every line break; the empty line between is dropped.
        assertThat(english.split("A title\n\nThe text")).containsExactly("A title\n", "The text");
    }

    @Test
    void decimalsAndLowerCaseContinuationsDoNotSplit() {
        assertThat(english.split("Pi is 3.14 or so. Next, e.g. this one.")).containsExactly(
                "Pi is 3.14 or so. ", "Next, e.g. this one.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It ended.  | true",
        "Really?    | true",
        "Wait…      | true",
        "'Go!'      | true",
        "(Done.)    | true",
        "and then   | false",
        "a comma,   | false",
    })
    void knowsWhetherAPieceEndsASentence(String piece, boolean ends) {
        assertThat(SentenceSplitter.endsSentence(piece)).isEqualTo(ends);
    }

    @Test
    void aPieceEndingInALineBreakEndsASentence() {
        assertThat(SentenceSplitter.endsSentence("A heading\n")).isTrue();
        assertThat(SentenceSplitter.endsSentence("no end ")).isFalse();
    }
}
