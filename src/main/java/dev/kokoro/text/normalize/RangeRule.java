package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/**
 * "10-20" → "10 to 20" (and "pages 5–9", after the en dash became a hyphen): the numbers are left
 * for the number, year, percent and money rules, which run later.
 */
final class RangeRule implements NormalizationRule {
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,\\-])([$£€¥₹]?\\d{1,15}+(?:[.,:]\\d{1,15}+)?(?: ?[AaPp]\\.?[Mm]\\.?)?) ?- ?"
                    + "(?=[$£€¥₹]?\\d)(?![$£€¥₹]?\\d{1,15}+(?:[.,]\\d++)?-\\d)");

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf('-') < 0) return text;
        return Replacer.replace(text, RANGE, m -> m.group(1) + " " + context.words().to() + " ");
    }
}
