package dev.kokoro.text.ssml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import dev.kokoro.text.markup.MarkupParser;
import dev.kokoro.text.markup.PauseSegment;
import dev.kokoro.text.markup.PhonemeSegment;
import dev.kokoro.text.markup.TextSegment;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the integrator relies on: which inputs count as SSML, and that the markup parses as meant. */
class SsmlTranslatorTest {
    @ParameterizedTest
    @ValueSource(strings = {"<speak>Hi</speak>", "<speak/>", "<speak\nversion=\"1.1\">", "  \n<speak>",
            "\uFEFF<speak>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<speak>",
            "\uFEFF <?xml version='1.0'?><speak>",
            "<SPEAK>", "<speak"})
    void looksLikeSsml(String input) {
        assertThat(SsmlTranslator.looksLikeSsml(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Hello <speak>", "<speaker>", "<voice>", "<?xml version='1.0'?>",
            "<?xml-stylesheet?><speak>",
            "<!-- c --><speak>", "<?xml version='1.0'<speak>", "speak"})
    void doesNotLookLikeSsml(String input) {
        assertThat(SsmlTranslator.looksLikeSsml(input)).isFalse();
    }

    @Test
    void nullIsNoSsml() {
        assertThat(SsmlTranslator.looksLikeSsml(null)).isFalse();
    }

    @Test
    void textAfterATagCannotCompleteIt() {
        SsmlTranslator translator = new SsmlTranslator();
        for (String text : new String[] {"(/ab/)", "[/ab/)"}) {
            String markup = translator.toMarkup("<speak><voice name=\"am_adam\">" + text + "</voice></speak>",
                    Language.AMERICAN_ENGLISH);
            assertThat(new MarkupParser().parse(markup)).as(markup).noneMatch(PhonemeSegment.class::isInstance);
        }
    }

    @Test
    void theMarkupParsesIntoTheSegmentsMeant() {
        String markup = new SsmlTranslator().toMarkup("<speak>Say <phoneme ph=\"ˈkoʊkəɹoʊ\">Kokoro</phoneme>"
                + "<break time=\"1.5s\"/> [pause:9s] now</speak>", Language.AMERICAN_ENGLISH);
        assertThat(new MarkupParser().parse(markup)).containsExactly(
                new TextSegment("Say "), new PhonemeSegment("Kokoro", "ˈkoʊkəɹoʊ"),
                new PauseSegment(Duration.ofMillis(1500)), new TextSegment(" (pause:9s) now"));
    }

    @Test
    void breaksCountTowardsTheRequestsTotalPause() {
        String markup = new SsmlTranslator().toMarkup("<speak>" + "a <break time=\"10s\"/>".repeat(7) + "</speak>",
                Language.AMERICAN_ENGLISH);
        assertThatThrownBy(() -> new MarkupParser().parse(markup)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pauses");
    }
}
