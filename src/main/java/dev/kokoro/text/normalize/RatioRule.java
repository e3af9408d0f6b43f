package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/**
 * Ratios and scores written with a colon that cannot be a clock time: "16:9" → "16 to 9",
 * "1:100" → "1 to 100" (the numbers are read by the number rule). Two-digit right-hand sides
 * ("3:16", "10:30") are left to the time rule.
 */
final class RatioRule implements NormalizationRule {
    private static final Pattern RATIO = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.,:])(\\d{1,3}+):(?=(?:\\d|\\d{3,6}+)(?![\\p{N}:]))");

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf(':') < 0) return text;
        return Replacer.replace(text, RATIO, m -> m.group(1) + " " + context.words().to() + " ");
    }
}
