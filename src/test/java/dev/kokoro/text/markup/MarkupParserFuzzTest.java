package dev.kokoro.text.markup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.Fuzzing;
import dev.kokoro.testing.NastyText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Inline markup from clients, as tag soup and hostile characters: parsing never fails, never makes text out of
 * nothing (the text it keeps is at most the input's length), keeps pauses within the maximum and phoneme words
 * non-blank and all pauses within their total, and leaves text without a '[' exactly as written. Run settings: {@link Fuzzing}.
 */
class MarkupParserFuzzTest {
    private static final Duration MAX_PAUSE = Duration.ofSeconds(3);
    private static final Duration MAX_TOTAL_PAUSE = Duration.ofSeconds(7);
    private static final MarkupParser PARSER = new MarkupParser(MAX_PAUSE, MAX_TOTAL_PAUSE, true);
    private static final MarkupParser NO_SPEAKERS = new MarkupParser(MAX_PAUSE, MAX_TOTAL_PAUSE, false);
    private static final List<String> TAG_SOUP = List.of("[", "]", "(", ")", "/", "(/", "/)", "[pause:", "[pause ",
            "[silent ", "1.5s]", "500ms]", "99999999s]", "0.0000001]", "[voice:", "am_adam]", "default]", "[rate:",
            "1.2]", "0]", "999]", "[word](/wɜːd/)", "[x](//)", "[x](/", "ˈ", "ə", ":", " ", "\n");

    private static Gen<String> soup() {
        return NastyText.text(50, TAG_SOUP);
    }

    @Test
    void parsingKeepsWithinTheInput() {
        Fuzzing.qt(3000).forAll(soup()).checkAssert(input -> {
            List<Segment> segments = PARSER.parse(input);
            int textChars = 0;
            Duration paused = Duration.ZERO;
            for (Segment segment : segments) {
                switch (segment) {
                    case TextSegment text -> textChars += text.text().length();
                    case PauseSegment pause -> {
                        assertThat(pause.duration()).isBetween(Duration.ZERO, MAX_PAUSE);
                        paused = paused.plus(pause.duration());
                    }
                    case PhonemeSegment word -> assertThat(word.phonemes()).isNotBlank();
                    case RateSegment rate -> assertThat(rate.factor()).isPositive().isFinite();
                    default -> { }
                }
            }
            assertThat(textChars).as(NastyText.escaped(input)).isLessThanOrEqualTo(input.length());
            assertThat(paused).as(NastyText.escaped(input)).isLessThanOrEqualTo(MAX_TOTAL_PAUSE);
        });
    }

    @Test
    void withoutSpeakerTagsThereAreNoSpeakerSegments() {
        Fuzzing.qt(1500).forAll(soup()).checkAssert(input -> assertThat(NO_SPEAKERS.parse(input))
                .noneMatch(s -> s instanceof VoiceSegment || s instanceof RateSegment));
    }

    @Test
    void textWithoutBracketsIsKeptAsWritten() {
        Fuzzing.qt(1500).forAll(NastyText.text(50).map(t -> t.replace("[", ""))).checkAssert(input -> {
            List<Segment> segments = PARSER.parse(input);
            if (input.isBlank()) {
                assertThat(segments).isEmpty();
            } else {
                assertThat(segments).containsExactly(new TextSegment(input));
            }
        });
    }
}
