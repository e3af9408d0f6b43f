package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.regex.Pattern;

/**
 * A lower-case "k" after a number means thousand: "10k bricks" → "ten thousand bricks", "1.6k" →
 * "one point six thousand" ("diez mil", "uno coma seis mil"). Money ("$10k") is read by the money
 * rule first; a capital "5K" stays, since a 5K is a race.
 */
final class ThousandsSuffixRule implements NormalizationRule {
    private final Pattern pattern;

    ThousandsSuffixRule(Language language) {
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}.,$£€¥₹])" + WrittenNumber.regex(language) + "k(?![\\p{L}\\p{N}])");
    }

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf('k') < 0) return text;
        String thousand = thousand(context.language());
        if (thousand == null) return text;
        return Replacer.replace(text, pattern, m -> {
            WrittenNumber n = WrittenNumber.of(m);
            if (n.integerValue() < 0 || n.integer().length() > 9) return null;
            String spoken = n.hasFraction()
                    ? context.join(n.say(context), thousand)
                    : new WrittenNumber(n.negative(), n.integer() + "000", null).say(context);
            return Replacer.spaced(text, m, spoken, context);
        });
    }

    /** "thousand" in the language, or null where "k" is not written for it. */
    private static String thousand(Language language) {
        return switch (language) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> "thousand";
            case SPANISH, BRAZILIAN_PORTUGUESE -> "mil";
            case FRENCH -> "mille";
            case ITALIAN -> "mila";
            case HINDI -> "हज़ार";
            case JAPANESE, MANDARIN_CHINESE -> null;
        };
    }
}
