package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/** Decades (English): "the 1990s" → "the nineteen nineties", "'80s" → "eighties", "1900s" → "nineteen hundreds". */
final class DecadeRule implements NormalizationRule {
    private static final Pattern DECADE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?<year>1\\d{2}0|20\\d0)|'?(?<short>[1-9]0))'?s(?![\\p{L}\\p{N}])");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english()) return text;
        return Replacer.replace(text, DECADE, m -> {
            NumberWords n = context.numbers();
            String words = m.group("year") != null ? n.year(Long.parseLong(m.group("year"))) : n.cardinal(Long.parseLong(m.group("short")));
            return Replacer.spaced(text, m, plural(words), context);
        });
    }

    /** "ninety" → "nineties", "hundred" → "hundreds". */
    static String plural(String words) {
        return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words + "s";
    }
}
