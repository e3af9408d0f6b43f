package dev.kokoro.text.ssml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.testing.Fuzzing;
import dev.kokoro.testing.NastyText;
import dev.kokoro.text.Language;
import dev.kokoro.text.markup.MarkupParser;
import dev.kokoro.text.markup.PauseSegment;
import dev.kokoro.text.markup.PhonemeSegment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * SSML from clients, with hostile characters and elements nested thousands deep: translating gives markup or an
 * invalid_ssml 400, never another failure; and any text, escaped as XML, inside a speak element cannot make a
 * pause or a phoneme word. Run settings: {@link Fuzzing}; the seeded tag-soup and timing tests are in
 * {@link SsmlFuzzTest}.
 */
class SsmlTranslatorFuzzTest {
    private static final SsmlTranslator TRANSLATOR = new SsmlTranslator();
    private static final MarkupParser PARSER = new MarkupParser();
    private static final List<String> ELEMENTS = List.of("<s>", "</s>", "<p>", "</p>", "<break time=\"1s\"/>",
            "<prosody rate=\"fast\">", "</prosody>", "<voice name=\"am_adam\">", "</voice>", "<emphasis>",
            "</emphasis>", "<say-as interpret-as=\"characters\">", "<say-as interpret-as=\"date\" format=\"dmy\">",
            "</say-as>", "<sub alias=\"x\">", "</sub>", "<phoneme ph=\"ə\">", "</phoneme>", "&amp;", "&#0;", "&#xD800;",
            "<![CDATA[", "]]>", "<!--", "-->", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;");

    @Test
    void anyDocumentIsMarkupOrInvalidSsml() {
        Gen<String> documents = NastyText.text(40, ELEMENTS).map(body -> "<speak>" + body + "</speak>");
        Fuzzing.qt(1500).forAll(documents.mix(nested())).checkAssert(ssml -> {
            Throwable failure = catchThrowable(() -> TRANSLATOR.toMarkup(ssml, Language.AMERICAN_ENGLISH));
            if (failure != null) {
                assertThat(failure).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_ssml"));
            }
        });
    }

    @Test
    void escapedTextCannotMakePausesOrPhonemes() {
        Fuzzing.qt(800).forAll(NastyText.text(40, List.of("[pause:1s]", "[x](/ə/)", "[voice:am_adam]", "<", "&")))
                .checkAssert(text -> {
                    String ssml = "<speak>" + xmlText(text) + "</speak>";
                    String markup = TRANSLATOR.toMarkup(ssml, Language.AMERICAN_ENGLISH);
                    assertThat(PARSER.parse(markup)).as(NastyText.escaped(text))
                            .noneMatch(s -> s instanceof PauseSegment || s instanceof PhonemeSegment);
                });
    }

    /** Elements nested up to 20 000 deep, closed or not. */
    private static Gen<String> nested() {
        return Generate.range(1, 20_000).zip(Generate.pick(List.of("s", "p", "emphasis", "prosody")),
                Generate.booleans(), (depth, name, closed) -> "<speak>" + ("<" + name + ">").repeat(depth) + "x"
                        + (closed ? ("</" + name + ">").repeat(depth) : "") + "</speak>");
    }

    /** {@code text} as XML character data: markup escaped, and characters XML 1.0 cannot hold dropped. */
    private static String xmlText(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!allowed) {
                return;
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '>' -> out.append("&gt;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
