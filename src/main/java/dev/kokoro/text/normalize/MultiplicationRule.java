package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/** English "x" after a number: "2x faster" → "2 times faster", "3x4" → "3 by 4" ("3 × 4" stays "times"). */
final class MultiplicationRule implements NormalizationRule {
    private static final Pattern DIMENSIONS = Pattern.compile("(?<=\\d) ?x ?(?=\\d)");
    private static final Pattern TIMES = Pattern.compile("(?<=(?<![\\p{L}.,])\\d{1,6})x(?![\\p{L}\\p{N}])");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english()) return text;
        String out = Replacer.replace(text, DIMENSIONS, m -> " by ");
        return Replacer.replace(out, TIMES, m -> " times");
    }
}
