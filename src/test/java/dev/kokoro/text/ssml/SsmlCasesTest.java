package dev.kokoro.text.ssml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.TextNormalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table-driven suite. ssml/cases.tsv: each document and the markup it becomes, every element,
 * say-as in every language. ssml/spoken-cases.tsv: say-as output as the normalizer then reads it,
 * which shows that the dates, numbers and phone numbers come out as words in each language.
 */
class SsmlCasesTest {
    private static final SsmlTranslator TRANSLATOR = new SsmlTranslator();
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    static Stream<SsmlCase> markupCases() {
        return SsmlCase.load("/ssml/cases.tsv").stream();
    }

    static Stream<SsmlCase> spokenCases() {
        return SsmlCase.load("/ssml/spoken-cases.tsv").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markupCases")
    void becomesTheExpectedMarkup(SsmlCase c) {
        assertThat(TRANSLATOR.toMarkup(c.ssml(), c.language())).isEqualTo(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spokenCases")
    void isReadAsExpectedAfterNormalization(SsmlCase c) {
        String markup = TRANSLATOR.toMarkup(c.ssml(), c.language());
        assertThat(markup).as("say-as output is plain text").doesNotContain("[");
        assertThat(NORMALIZER.normalize(markup, c.language())).isEqualTo(c.expected());
    }

    @Test
    void tablesCoverEveryElementAndEverySayAsKind() {
        List<String> documents = markupCases().map(SsmlCase::ssml).toList();
        for (String mark : List.of("<break", "<prosody", "<voice", "<phoneme", "<sub", "<p>", "<s>", "<emphasis",
                "<mark", "<audio", "<lang", "<desc", "\"characters\"", "\"spell-out\"", "\"letters\"", "\"cardinal\"",
                "\"number\"", "\"ordinal\"", "\"date\"", "\"telephone\"")) {
            assertThat(documents).as(mark).anyMatch(d -> d.contains(mark));
        }
        assertThat(spokenCases().map(SsmlCase::language).distinct().count())
                .as("languages in spoken-cases.tsv").isEqualTo(Language.values().length);
    }
}
