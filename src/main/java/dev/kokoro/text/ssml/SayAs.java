package dev.kokoro.text.ssml;

import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NumberWords;
import java.util.Locale;
import java.util.Map;

/**
 * {@code <say-as>} in one language: the {@code interpret-as} values it knows, each with its
 * formatter. Text of an unknown kind, or that does not fit its kind, is spoken as written, where
 * the normalizer reads it as it would anywhere. Thread-safe.
 */
final class SayAs {
    private final Map<String, SayAsFormatter> formatters;

    SayAs(Language language) {
        SayAsFormatter characters = new SpelledCharacters(language.locale());
        SpokenNumber number = new SpokenNumber(language, new NumberWords(language));
        SayAsFormatter cardinal = (text, format) -> number.cardinal(text);
        this.formatters = Map.of(
                "characters", characters, "spell-out", characters, "letters", characters,
                "cardinal", cardinal, "number", cardinal,
                "ordinal", (text, format) -> number.ordinal(text),
                "date", new SpokenDate(language),
                "telephone", new SpokenTelephone(language.locale()));
    }

    /** What to say for {@code text} under {@code interpretAs} (any case) and {@code format}. */
    String say(String interpretAs, String format, String text) {
        SayAsFormatter formatter = interpretAs == null
                ? null : formatters.get(interpretAs.strip().toLowerCase(Locale.ROOT));
        String said = formatter == null ? null : formatter.format(text, format == null ? null : format.strip());
        return said == null ? text : said;
    }
}
