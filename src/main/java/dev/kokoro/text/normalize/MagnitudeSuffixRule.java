package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A letter after a number that means thousand or million: "10k bricks" → "ten thousand bricks",
 * "1.6k" → "one point six thousand" ("diez mil", "uno coma seis mil"); in English also "2m people"
 * → "two million people" (an "m" before a plural noun counts; otherwise it is meters) and "3bn" →
 * "three billion". Money ("$10k") is read by the money rule first; a capital "5K" stays, since a
 * 5K is a race.
 */
final class MagnitudeSuffixRule implements NormalizationRule {
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women");
    private final Pattern pattern;

    MagnitudeSuffixRule(Language language) {
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}.,$£€¥₹])" + WrittenNumber.regex(language)
                + "(?<suffix> ?m|[kM]|bn)(?![\\p{L}\\p{N}])");
    }

    @Override
    public String apply(String text, RuleContext context) {
        String thousand = thousand(context.language());
        if (thousand == null) return text;
        return Replacer.replace(text, pattern, m -> say(text, m, thousand, context));
    }

    private static String say(String text, MatchResult m, String thousand, RuleContext context) {
        WrittenNumber n = WrittenNumber.of(m);
        if (n.integerValue() < 0 || n.integer().length() > 9) return null;
        String suffix = m.group("suffix").strip();
        if (!suffix.equals("k") && !(context.english() && (suffix.equals("bn") || beforePluralNoun(text, m.end())))) {
            return null;
        }
        if (suffix.equals("k")) {
            String spoken = n.hasFraction()
                    ? context.join(n.say(context), thousand)
                    : new WrittenNumber(n.negative(), n.integer() + "000", null).say(context);
            return Replacer.spaced(text, m, spoken, context);
        }
        return Replacer.spaced(text, m, n.say(context) + (suffix.equals("bn") ? " billion" : " million"), context);
    }

    /** "2m people", "5 m users": a plural noun after the letter makes it a count of millions. */
    private static boolean beforePluralNoun(String text, int end) {
        String word = NounGender.nounAfter(text, end);
        return word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") || IRREGULAR_PLURALS.contains(word);
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
