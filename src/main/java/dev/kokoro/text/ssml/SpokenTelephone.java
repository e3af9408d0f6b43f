package dev.kokoro.text.ssml;

import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * say-as telephone: each digit (or letter, as in 1-800-FLOWERS) said on its own, the number's groups
 * kept apart by commas so they are read with a short pause: "+1 (555) 123-4567" →
 * "+1, 5 5 5, 1 2 3, 4 5 6 7".
 */
final class SpokenTelephone implements SayAsFormatter {
    private static final Pattern GROUP = Pattern.compile("[\\p{L}\\p{N}]+");

    private final SpelledCharacters characters;

    SpokenTelephone(Locale locale) {
        this.characters = new SpelledCharacters(locale);
    }

    @Override
    public String format(String text, String format) {
        StringJoiner groups = new StringJoiner(", ");
        Matcher m = GROUP.matcher(text);
        while (m.find()) groups.add(characters.format(m.group(), null));
        if (groups.length() == 0) return null;
        return (text.strip().startsWith("+") ? "+" : "") + groups;
    }
}
