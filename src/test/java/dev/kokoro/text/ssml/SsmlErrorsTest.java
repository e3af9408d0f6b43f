package dev.kokoro.text.ssml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everything SSML refuses: each is an InvalidInputException on "input" with code "invalid_ssml" and,
 * where there is one place at fault, its line and column. The XML attacks (entity expansion,
 * external entities, XInclude) are refused without being expanded or fetched.
 */
class SsmlErrorsTest {
    private static final SsmlTranslator TRANSLATOR = new SsmlTranslator();
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <speak>&lol9;</speak>
            """;

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String ssml) {
        return assertThatThrownBy(() -> TRANSLATOR.toMarkup(ssml, Language.AMERICAN_ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.param()).isEqualTo("input");
                    assertThat(e.code()).isEqualTo("invalid_ssml");
                });
    }

    @Test
    void malformedXmlNamesTheLineAndColumn() {
        assertRefused("<speak>\n  <p>\n    <s>unclosed</p>\n</speak>")
                .hasMessageStartingWith("SSML line 3, column 18: ")
                .hasMessageContaining("\"s\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text", "<speak>", "<speak>a</speak><speak>b</speak>", "<speak a=b>x</speak>",
            "<speak>a & b</speak>", "<speak>\u0001</speak>"})
    void notWellFormedIsRefused(String ssml) {
        assertRefused(ssml).hasMessageStartingWith("SSML line ");
    }

    @Test
    void theRootMustBeSpeak() {
        assertRefused("<?xml version=\"1.0\"?>\n<voice name=\"am_adam\">Hi</voice>")
                .hasMessage("SSML line 2, column 23: the root element must be <speak>, not <voice>");
    }

    @Test
    void anyDoctypeIsRefused() {
        assertRefused("<!DOCTYPE speak>\n<speak>Hi</speak>").hasMessageContaining("DOCTYPE is not allowed");
        assertRefused("<!DOCTYPE speak PUBLIC \"-//W3C//DTD SYNTHESIS 1.0//EN\" "
                + "\"http://www.w3.org/TR/speech-synthesis/synthesis.dtd\"><speak>Hi</speak>")
                .hasMessageContaining("DOCTYPE is not allowed");
    }

    @Test
    void billionLaughsIsRefusedAtOnceWithoutExpansion() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertRefused(BILLION_LAUGHS).hasMessageStartingWith("SSML line 2, column ")
                        .hasMessageContaining("DOCTYPE is not allowed")
                        .hasMessageNotContaining("lollol"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE speak [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><speak>&xxe;</speak>",
            "<!DOCTYPE speak [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><speak>x</speak>",
            "<!DOCTYPE speak SYSTEM \"file:///etc/passwd\"><speak>x</speak>"})
    void externalEntitiesAreRefusedUnread(String ssml) {
        assertRefused(ssml).hasMessageContaining("DOCTYPE is not allowed").hasMessageNotContaining("root:");
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        assertRefused("<speak>\nHi &xxe;</speak>").hasMessageStartingWith("SSML line 2, column 9: ")
                .hasMessageContaining("xxe");
    }

    @Test
    void xincludeIsNotFollowed() {
        String ssml = "<speak xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/>after</speak>";
        assertThat(TRANSLATOR.toMarkup(ssml, Language.AMERICAN_ENGLISH)).isEqualTo("after");
    }

    @Test
    void depthIsCapped() {
        String deepest = "<speak>" + "<emphasis>".repeat(SsmlHandler.MAX_DEPTH - 1) + "ok"
                + "</emphasis>".repeat(SsmlHandler.MAX_DEPTH - 1) + "</speak>";
        assertThat(TRANSLATOR.toMarkup(deepest, Language.AMERICAN_ENGLISH)).isEqualTo("ok");
        String tooDeep = "<speak>" + "<emphasis>".repeat(SsmlHandler.MAX_DEPTH) + "no"
                + "</emphasis>".repeat(SsmlHandler.MAX_DEPTH) + "</speak>";
        assertRefused(tooDeep).hasMessageEndingWith("elements nested more than 64 deep");
    }

    @Test
    void elementCountIsCapped() {
        String many = "<speak>" + "<mark/>".repeat(SsmlHandler.MAX_ELEMENTS - 1) + "</speak>";
        assertThat(TRANSLATOR.toMarkup(many, Language.AMERICAN_ENGLISH)).isEmpty();
        String tooMany = "<speak>" + "<mark/>".repeat(SsmlHandler.MAX_ELEMENTS) + "</speak>";
        assertRefused(tooMany).hasMessageEndingWith("more than 10000 elements");
    }

    @Test
    void sizeIsCapped() {
        String body = "a".repeat(SecureXmlReader.MAX_CHARS - "<speak></speak>".length());
        assertThat(TRANSLATOR.toMarkup("<speak>" + body + "</speak>", Language.AMERICAN_ENGLISH))
                .hasSize(body.length());
        assertRefused("<speak>" + body + "a</speak>")
                .hasMessage("SSML: the document has 1000001 characters, more than 1000000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<break time=\"5 minutes\"/>|break time '5 minutes' is not a number of seconds or milliseconds",
            "<break time=\"500\"/>|break time '500' is not a number of seconds or milliseconds",
            "<break time=\"-1s\"/>|break time '-1s' is not",
            "<break strength=\"huge\"/>|break strength 'huge' is not one of none, x-weak",
            "<prosody rate=\"fastest\">x</prosody>|prosody rate 'fastest' is not a number",
            "<prosody rate=\"+0.2\">x</prosody>|prosody rate '+0.2' is not a number",
            "<prosody rate=\"\">x</prosody>|prosody rate '' is not a number",
            "<voice name=\"am_adam]\">x</voice>|voice name 'am_adam]' has a square bracket or a control character",
            "<voice name=\"a&#10;b\">x</voice>|has a square bracket or a control character such as a line break",
            "<phoneme ph=\"a/)b\">x</phoneme>|phonemes must not contain '/)'"})
    void unusableAttributesAreRefusedWhereTheyAre(String element, String message) {
        assertRefused("<speak>\nSay <s>" + element + "</s></speak>")
                .hasMessageStartingWith("SSML line 2, column ")
                .hasMessageContaining(message);
    }

    @Test
    void overlongPhonemeWordsAndVoiceNamesAreRefused() {
        assertRefused("<speak><phoneme ph=\"x\">" + "w".repeat(PhonemeRule.MAX_WORD + 1) + "</phoneme></speak>")
                .hasMessageContaining("phoneme text is longer than 200 characters");
        assertRefused("<speak><phoneme ph=\"" + "x".repeat(PhonemeRule.MAX_PHONEMES + 1) + "\">w</phoneme></speak>")
                .hasMessageContaining("phonemes are longer than 1000 characters");
        assertRefused("<speak><voice name=\"" + "v".repeat(VoiceRule.MAX_NAME + 1) + "\">w</voice></speak>")
                .hasMessageContaining("voice name is longer than 100 characters");
    }
}
