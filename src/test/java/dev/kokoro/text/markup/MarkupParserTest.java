package dev.kokoro.text.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.error.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkupParserTest {
    private final MarkupParser parser = new MarkupParser();

    private static TextSegment text(String s) {
        return new TextSegment(s);
    }

    private static PauseSegment pause(long millis) {
        return new PauseSegment(Duration.ofMillis(millis));
    }

    private static PhonemeSegment word(String word, String phonemes) {
        return new PhonemeSegment(word, phonemes);
    }

    @Test
    void plainTextIsOneSegment() {
        assertThat(parser.parse("Hello world.")).containsExactly(text("Hello world."));
    }

    @Test
    void emptyAndNullInputHaveNoSegments() {
        assertThat(parser.parse("")).isEmpty();
        assertThat(parser.parse(null)).isEmpty();
    }

    @Test
    void pauseInSeconds() {
        assertThat(parser.parse("Hello [pause:1.5s] world."))
                .containsExactly(text("Hello "), pause(1500), text(" world."));
    }

    @Test
    void pauseInMilliseconds() {
        assertThat(parser.parse("A[pause:500ms]B")).containsExactly(text("A"), pause(500), text("B"));
    }

    @Test
    void pauseIsCaseInsensitiveAndToleratesSpaces() {
        assertThat(parser.parse("A [PAUSE: 2 S] B")).containsExactly(text("A "), pause(2000), text(" B"));
        assertThat(parser.parse("A [Pause:250MS] B")).containsExactly(text("A "), pause(250), text(" B"));
    }

    @Test
    void pauseWithoutUnitIsSeconds() {
        assertThat(parser.parse("A [pause:2] B")).containsExactly(text("A "), pause(2000), text(" B"));
    }

    @Test
    void pauseWithLeadingPointFraction() {
        assertThat(parser.parse("A [pause:.5s] B")).containsExactly(text("A "), pause(500), text(" B"));
    }

    @Test
    void pauseAtStartAndAtEnd() {
        assertThat(parser.parse("[pause:1s]Hello.[pause:2s]")).containsExactly(pause(1000), text("Hello."), pause(2000));
    }

    @Test
    void onlyAPause() {
        assertThat(parser.parse("[pause:3s]")).containsExactly(pause(3000));
    }

    @Test
    void consecutivePausesStaySeparate() {
        assertThat(parser.parse("[pause:1s] [pause:2s]")).containsExactly(pause(1000), pause(2000));
    }

    @Test
    void pauseIsCappedAtTheMaximum() {
        assertThat(parser.parse("A [pause:60s] B")).containsExactly(text("A "), pause(10_000), text(" B"));
    }

    @Test
    void maximumPauseIsConfigurable() {
        MarkupParser strict = new MarkupParser(Duration.ofSeconds(2), Duration.ofSeconds(60), true);
        assertThat(strict.parse("[pause:5s]")).containsExactly(pause(2000));
        assertThat(strict.parse("[pause:1s]")).containsExactly(pause(1000));
    }

    @Test
    void pausesAddingUpToTheTotalAreKept() {
        MarkupParser parser = new MarkupParser(Duration.ofSeconds(10), Duration.ofSeconds(20), true);
        assertThat(parser.parse("a [pause:10s] b [pause:10s] c")).filteredOn(PauseSegment.class::isInstance).hasSize(2);
    }

    @Test
    void manyCappedPausesPastTheTotalAreRefused() {
        // The attack: each tag is cut to the per-tag maximum, but 372 of them in 4 KB made an hour of silence.
        String input = "[pause:10s]".repeat(372);
        assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("60 seconds")
                .satisfies(e -> assertThat(((InvalidInputException) e).param()).isEqualTo("input"));
    }

    @Test
    void theTotalCountsEachPauseAfterItsCap() {
        MarkupParser parser = new MarkupParser(Duration.ofSeconds(1), Duration.ofSeconds(3), true);
        assertThat(parser.parse("[pause:60s][pause:60s][pause:60s]")).hasSize(3);
        assertThatThrownBy(() -> parser.parse("[pause:60s][pause:60s][pause:60s][pause:60s]"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void kokoroFastApiSilenceTagsCountTowardsTheTotal() {
        MarkupParser parser = new MarkupParser(Duration.ofSeconds(10), Duration.ofSeconds(2), true);
        assertThatThrownBy(() -> parser.parse("[silent 1s] a [pause:1s] b [silent 500ms]"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void negativeMaximumIsRejected() {
        assertThatThrownBy(() -> new MarkupParser(Duration.ofSeconds(-1), Duration.ofSeconds(60), true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MarkupParser(Duration.ofSeconds(1), Duration.ofSeconds(-1), true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kokoroFastApiSilenceTagIsAPause() {
        assertThat(parser.parse("Wait [silent 0.5s] now")).containsExactly(text("Wait "), pause(500), text(" now"));
    }

    @Test
    void malformedPauseStaysTextWithoutBrackets() {
        assertThat(parser.parse("A [pause:soon] B")).containsExactly(text("A pause:soon B"));
        assertThat(parser.parse("A [pause:-1s] B")).containsExactly(text("A pause:-1s B"));
    }

    @Test
    void customPronunciation() {
        assertThat(parser.parse("Say [Kokoro](/kˈOkəɹO/) now."))
                .containsExactly(text("Say "), word("Kokoro", "kˈOkəɹO"), text(" now."));
    }

    @Test
    void customPronunciationPhonemesAreVerbatim() {
        assertThat(parser.parse("[tomato](/təˈmɑːtəʊ, ˈ↗/)")).containsExactly(word("tomato", "təˈmɑːtəʊ, ˈ↗"));
    }

    @Test
    void severalTagsInOneSentence() {
        assertThat(parser.parse("I say [tomato](/təmˈAtO/) and you say [tomato](/təmˈɑtO/)."))
                .containsExactly(text("I say "), word("tomato", "təmˈAtO"), text(" and you say "),
                        word("tomato", "təmˈɑtO"), text("."));
    }

    @Test
    void tagsNextToPunctuation() {
        assertThat(parser.parse("\"[Kokoro](/kˈOkəɹO/)\", she said, ([Misaki](/misˈɑki/))."))
                .containsExactly(text("\""), word("Kokoro", "kˈOkəɹO"), text("\", she said, ("),
                        word("Misaki", "misˈɑki"), text(")."));
    }

    @Test
    void tagAtStartAndAtEnd() {
        assertThat(parser.parse("[Kokoro](/kˈOkəɹO/) speaks [Misaki](/misˈɑki/)"))
                .containsExactly(word("Kokoro", "kˈOkəɹO"), text(" speaks "), word("Misaki", "misˈɑki"));
    }

    @Test
    void adjacentPhonemeWordsKeepTheSpaceBetweenThem() {
        assertThat(parser.parse("[New](/nˈu/) [York](/jˈɔɹk/)"))
                .containsExactly(word("New", "nˈu"), text(" "), word("York", "jˈɔɹk"));
    }

    @Test
    void pronunciationAndPauseTogether() {
        assertThat(parser.parse("[Hello](/həlˈO/)[pause:1s]world"))
                .containsExactly(word("Hello", "həlˈO"), pause(1000), text("world"));
    }

    @Test
    void bracketsWithoutPhonemesAreReadAsTheirWords() {
        assertThat(parser.parse("He said [sic] that.")).containsExactly(text("He said sic that."));
    }

    @Test
    void unterminatedPhonemesKeepTheWordAndDropTheMarkup() {
        assertThat(parser.parse("Say [tomato](/təmˈAtO now")).containsExactly(text("Say tomato təmˈAtO now"));
    }

    @Test
    void emptyPhonemesFallBackToTheWord() {
        assertThat(parser.parse("Say [tomato](//) now")).containsExactly(text("Say tomato now"));
    }

    @Test
    void unclosedBracketIsLeftAsText() {
        assertThat(parser.parse("a [b c")).containsExactly(text("a [b c"));
    }

    @Test
    void nestedOpeningBracketDoesNotSwallowTheTag() {
        assertThat(parser.parse("[a [pause:1s] b")).containsExactly(text("[a "), pause(1000), text(" b"));
    }

    @Test
    void slashesOutsideTagsAreLeftForTheNormalizer() {
        assertThat(parser.parse("and/or 1/2 https://x.io/a")).containsExactly(text("and/or 1/2 https://x.io/a"));
    }

    @Test
    void textIsNotNormalized() {
        assertThat(parser.parse("Dr. Smith paid $5 [pause:1s] on 2024-03-15."))
                .containsExactly(text("Dr. Smith paid $5 "), pause(1000), text(" on 2024-03-15."));
    }

    @Test
    void longRunsOfBracketsParseInLinearTime() {
        String input = "[".repeat(100_000) + "](/".repeat(30_000) + "[a](/" .repeat(20_000);
        List<Segment> segments = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> parser.parse(input));
        assertThat(segments).isNotEmpty();
    }
}
