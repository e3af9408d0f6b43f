package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/**
 * "10-20" → "10 to 20" (and "pages 5–9", after the en dash became a hyphen): the numbers are left
 * for the number, year, percent and money rules, which run later. After "between" the range is
 * said with "and" ("between 1914-1918" → "between 1914 and 1918"); a currency symbol on the first
 * amount moves to the second, so that "$40-50" and "$40-$50" are read "forty to fifty dollars".
 */
final class RangeRule implements NormalizationRule {
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,\\-])([$£€¥₹]?\\d{1,15}+(?:[.,:]\\d{1,15}+)?(?: ?[AaPp]\\.?[Mm]\\.?)?) ?- ?"
                    + "(?<second>[$£€¥₹](?=\\d))?(?=\\d)(?!\\d{1,15}+(?:[.,]\\d++)?-\\d)");

    /** The word before a range that makes it "from … and …": "between", "entre", "tra", "fra". */
    private static final Pattern BETWEEN = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:between|entre|tra|fra) $");
    private static final int LOOK_BEHIND = 9;

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf('-') < 0) return text;
        return Replacer.replace(text, RANGE, m -> {
            String first = m.group(1);
            String word = BETWEEN.matcher(text.substring(Math.max(0, m.start() - LOOK_BEHIND), m.start())).find()
                    ? context.words().and() : context.words().to();
            String second = m.group("second") == null ? "" : m.group("second");
            char symbol = first.charAt(0);
            // "$40-50" and "$40-$50" are "forty to fifty dollars": the currency is said once, at the end.
            boolean movesSymbol = !Character.isDigit(symbol) && first.indexOf('.') < 0 && first.indexOf(',') < 0
                    && (second.isEmpty() || second.charAt(0) == symbol);
            return movesSymbol ? first.substring(1) + " " + word + " " + symbol : first + " " + word + " " + second;
        });
    }
}
