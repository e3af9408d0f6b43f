package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/** Heights in feet and inches (English): 5'10" → "five foot ten". */
final class FeetAndInchesRule implements NormalizationRule {
    private static final Pattern HEIGHT = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})' ?(\\d{1,2})(?:\"|'')");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english() || text.indexOf('\'') < 0) return text;
        return Replacer.replace(text, HEIGHT, m -> Replacer.spaced(text, m,
                context.numbers().cardinal(m.group(1)) + " foot " + context.numbers().cardinal(m.group(2)), context));
    }
}
