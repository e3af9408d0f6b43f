package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/**
 * Heights and lengths in feet and inches (English): 5'10" → "five foot ten"; a bare 5' or 8" only
 * before a word that measures ("tall", "long"…), since elsewhere the mark may close a quotation:
 * "5' tall" → "five feet tall".
 */
final class FeetAndInchesRule implements NormalizationRule {
    private static final Pattern HEIGHT = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,2})' ?(\\d{1,2})(?:\"|'')");
    private static final Pattern SINGLE = Pattern.compile("(?<![\\p{L}\\p{N}'])(?<n>\\d{1,3}+)(?<mark>'|\"|'')"
            + "(?= (?:tall|high|long|wide|deep|thick|across|away|in diameter)(?![\\p{L}]))");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english() || text.indexOf('\'') < 0 && text.indexOf('"') < 0) return text;
        String out = Replacer.replace(text, HEIGHT, m -> Replacer.spaced(text, m,
                context.numbers().cardinal(m.group(1)) + " foot " + context.numbers().cardinal(m.group(2)), context));
        return Replacer.replace(out, SINGLE, m -> {
            boolean one = m.group("n").equals("1");
            String unit = m.group("mark").equals("'") ? (one ? "foot" : "feet") : (one ? "inch" : "inches");
            return Replacer.spaced(out, m, context.numbers().cardinal(m.group("n")) + " " + unit, context);
        });
    }
}
