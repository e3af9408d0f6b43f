package dev.kokoro.text.ssml;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * say-as characters / spell-out / letters: each character on its own, letters in capitals,
 * "abc1" → "A B C 1". Capitals because the normalizer's convention for spelled letters is separate
 * capitals, which the English lexicon reads by letter name, where a lone "a" would be the article.
 */
final class SpelledCharacters implements SayAsFormatter {
    private final Locale locale;

    SpelledCharacters(Locale locale) {
        this.locale = locale;
    }

    @Override
    public String format(String text, String format) {
        StringJoiner out = new StringJoiner(" ");
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .forEach(c -> out.add(Character.toString(c).toUpperCase(locale)));
        return out.length() == 0 ? null : out.toString();
    }
}
