package dev.kokoro.text.ssml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import dev.kokoro.text.markup.MarkupParser;
import dev.kokoro.text.markup.PauseSegment;
import dev.kokoro.text.markup.PhonemeSegment;
import dev.kokoro.text.markup.Segment;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random tag soup: the translator either returns markup whose only square brackets are its own
 * tags, with no more pauses and phoneme words than the document has breaks and phoneme elements,
 * or throws InvalidInputException, never anything else; and it runs in linear time.
 */
class SsmlFuzzTest {
    private static final SsmlTranslator TRANSLATOR = new SsmlTranslator();
    private static final MarkupParser PARSER = new MarkupParser();
    private static final List<String> FRAGMENTS = List.of("<speak>", "</speak>", "<s>", "</s>", "<p>", "</p>",
            "<break", "/>", ">", "<", " time=\"", "500ms", "2s", "\"", "'", " strength=\"strong\"", "<prosody rate=\"",
            "+20%", "fast", "1.5", "</prosody>", "<voice name=\"am_adam\">", "<voice name=\"", "</voice>",
            "<phoneme ph=\"x\">", "<phoneme alphabet=\"ipa\" ph=\"", "/)", "</phoneme>", "<say-as interpret-as=\"",
            "date", "cardinal", "ordinal", "telephone", "characters", "\" format=\"", "dmy", "ym", "</say-as>",
            "<sub alias=\"", "</sub>", "<emphasis>", "</emphasis>", "<mark name=\"m\"/>", "<audio>", "<desc>",
            "</desc>",
            "&amp;", "&", "&lt;", "&#65;", "&#x0;", ";", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE speak>",
            "<?xml version=\"1.0\"?>", "?>", "[", "]", "(/", "[pause:1s]", "[voice:x]", "[w](/p/)", "12", "/", "-",
            "2024", "1,234", "21st", "text", " ", "\n", "é", "😀", "\uFEFF", "\u0001", "<x:y>", "</x:y>", "=");
    /** The tags the translator writes; with them removed no bracket may be left. */
    private static final Pattern OWN_TAGS = Pattern.compile(
            "\\[pause:\\d+ms]|\\[rate:\\d+(?:\\.\\d+)?]|\\[voice:[^\\[\\]\\n]+]|\\[[^\\[\\]]*]\\(/.*?/\\)");

    @Test
    void randomTagSoupGivesMarkupOrInvalidInput() {
        Random random = new Random(20261127);
        int translated = 0;
        for (Language language : Language.values()) {
            for (int i = 0; i < 150; i++) {
                // Mostly inside a speak element, so that more documents get past the parser.
                StringBuilder sb = new StringBuilder(random.nextInt(4) > 0 ? "<speak>" : "");
                int n = random.nextInt(30);
                for (int j = 0; j < n; j++) sb.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
                if (random.nextInt(4) > 0) sb.append("</speak>");
                String ssml = sb.toString();
                try {
                    String markup = TRANSLATOR.toMarkup(ssml, language);
                    assertThat(OWN_TAGS.matcher(markup).replaceAll("")).as("[%s] %s", language.tag(), ssml)
                            .doesNotContain("[", "]");
                    List<Segment> segments = PARSER.parse(markup);
                    assertThat(segments.stream().filter(PhonemeSegment.class::isInstance).count())
                            .as("phoneme words from %s", ssml).isLessThanOrEqualTo(occurrences(ssml, "<phoneme"));
                    assertThat(segments.stream().filter(PauseSegment.class::isInstance).count())
                            .as("pauses from %s", ssml).isLessThanOrEqualTo(occurrences(ssml, "<break"));
                    translated++;
                } catch (InvalidInputException e) {
                    assertThat(e.code()).isEqualTo("invalid_ssml");
                }
            }
        }
        assertThat(translated).as("documents that were well-formed enough to translate").isGreaterThan(50);
    }

    private static long occurrences(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    /**
     * Text made of markup pieces, between voice, rate, sentence and break elements: the markup has
     * a pause for each break and nothing else, and no phoneme word, whatever the text.
     */
    @Test
    void textCannotInjectTags() {
        Random random = new Random(7);
        List<String> pieces = List.of("[", "]", "pause:1s", "voice:af_sky", "rate:4", "(", ")", "(/", "/)", "ə", " ",
                "\n", "&#91;", "&#93;", "<![CDATA[[pause:2s]]]>", "<emphasis>[</emphasis>", "<emphasis>(/</emphasis>");
        List<String> elements = List.of("voice name=\"v\"", "prosody rate=\"2\"", "s", "p", "lang");
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder("<speak>");
            Deque<String> open = new ArrayDeque<>();
            int breaks = 0;
            for (int j = random.nextInt(40); j > 0; j--) {
                int r = random.nextInt(10);
                if (r == 0) {
                    String element = elements.get(random.nextInt(elements.size()));
                    sb.append('<').append(element).append('>');
                    open.push(element.split(" ")[0]);
                } else if (r == 1 && !open.isEmpty()) {
                    sb.append("</").append(open.pop()).append('>');
                } else if (r == 2) {
                    sb.append("<break/>");
                    breaks++;
                } else {
                    sb.append(pieces.get(random.nextInt(pieces.size())));
                }
            }
            while (!open.isEmpty()) sb.append("</").append(open.pop()).append('>');
            String ssml = sb.append("</speak>").toString();
            String markup = TRANSLATOR.toMarkup(ssml, Language.AMERICAN_ENGLISH);
            assertThat(OWN_TAGS.matcher(markup).replaceAll("")).as(ssml).doesNotContain("[", "]");
            List<Segment> segments = PARSER.parse(markup);
            assertThat(segments).as(ssml).noneMatch(PhonemeSegment.class::isInstance);
            assertThat(segments.stream().filter(PauseSegment.class::isInstance).count()).as(ssml).isEqualTo(breaks);
        }
    }

    /**
     * 20 KB and 200 KB of the same unit: the larger must take at most about ten times as long
     * (allowed: forty times, plus slack for a noisy machine; quadratic work would be a hundred
     * times), and both within a generous absolute bound.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<s>Hello there, world</s> ",
            "words [x] (y) &amp; &#65; ",
            "<p>A paragraph of text.</p>\n",
            "<voice name=\"am_adam\">Hello</voice> ",
            "<prosody rate=\"+10%\">faster</prosody> ",
            "say-as:characters:ab ",
            "say-as:ordinal:1 ",
            "say-as:cardinal:1,",
            "say-as:date:1/",
            "say-as:telephone:12-",
            "sub:x y "})
    void runsInLinearTime(String unit) {
        String small = document(unit, 20_000);
        String large = document(unit, 200_000);
        for (int i = 0; i < 3; i++) translate(small);
        long smallNanos = fastest(small);
        long largeNanos = fastest(large);
        assertThat(largeNanos).as("%s: 20 KB in %d µs, 200 KB in %d µs", unit, smallNanos / 1000, largeNanos / 1000)
                .isLessThan(40 * smallNanos + Duration.ofMillis(200).toNanos());
    }

    /** About {@code size} characters of {@code unit}; "say-as:kind:piece" repeats the piece inside one say-as. */
    private static String document(String unit, int size) {
        if (unit.startsWith("say-as:")) {
            String[] parts = unit.split(":", 3);
            return "<speak><say-as interpret-as=\"" + parts[1] + "\" format=\"dmy\">"
                    + parts[2].repeat(size / parts[2].length()) + "1</say-as></speak>";
        }
        if (unit.startsWith("sub:")) {
            String piece = unit.substring(4);
            return "<speak><sub>" + piece.repeat(size / piece.length()) + "</sub></speak>";
        }
        return "<speak>" + unit.repeat(size / unit.length()) + "</speak>";
    }

    private static long fastest(String ssml) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            translate(ssml);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static void translate(String ssml) {
        String markup = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> TRANSLATOR.toMarkup(ssml, Language.AMERICAN_ENGLISH));
        assertThat(markup).isNotEmpty();
    }
}
