package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Ordinals: "21st" → "twenty-first"; "1º"/"1ª" → "primero"/"primera" (es, it, pt); "1er", "1re",
 * "2e", "2ème" → "premier", "première", "deuxième" (fr); Spanish "1er"/"3er" → "primer"/"tercer",
 * and "3º" before a noun too ("3º piso" → "tercer piso").
 */
final class OrdinalRule implements NormalizationRule {
    private static final Pattern ENGLISH = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,15}+)(st|nd|rd|th|ST|ND|RD|TH)(?![\\p{L}])");
    private static final Pattern INDICATOR = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,15}+)\\.?([ºª])(?![\\p{L}\\p{N}])");
    private static final Pattern SPANISH = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,15}+)(er|ra|ro|os|as)(?![\\p{L}])");
    private static final Pattern FRENCH = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,15}+)(ers|er|res|re|ères|ère|èmes|ème|emes|eme|es|e|è|nds|nd|ndes|nde)(?![\\p{L}])");

    @Override
    public String apply(String text, RuleContext context) {
        return switch (context.language()) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> Replacer.replace(text, ENGLISH, m -> say(text, m, false, context));
            case SPANISH -> {
                String out = indicators(text, context);
                yield Replacer.replace(out, SPANISH, m -> spanish(out, m, context));
            }
            case ITALIAN, BRAZILIAN_PORTUGUESE -> indicators(text, context);
            case FRENCH -> Replacer.replace(text, FRENCH, m -> french(text, m, context));
            default -> text;
        };
    }

    private static String spanish(String text, MatchResult m, RuleContext context) {
        NumberWords n = context.numbers();
        String words = switch (m.group(2)) {
            // "1er piso" → "primer piso", "3er" → "tercer": the short form used before a noun.
            case "er" -> n.ordinalBeforeNoun(value(m));
            case "ro" -> n.ordinal(value(m), false);
            case "os" -> n.ordinal(value(m), false) + "s";
            case "ra" -> n.ordinal(value(m), true);
            default -> n.ordinal(value(m), true) + "s";
        };
        return Replacer.spaced(text, m, words, context);
    }

    private static String french(String text, MatchResult m, RuleContext context) {
        String suffix = m.group(2);
        long n = value(m);
        boolean plural = suffix.endsWith("s");
        String stem = plural ? suffix.substring(0, suffix.length() - 1) : suffix;
        String words;
        switch (stem) {
            case "er" -> words = n == 1 ? "premier" : null;
            case "re", "ère" -> words = n == 1 ? "première" : null;
            case "nd" -> words = n == 2 ? "second" : null;
            case "nde" -> words = n == 2 ? "seconde" : null;
            default -> words = context.numbers().ordinal(n, false);
        }
        if (words == null) return null;
        return Replacer.spaced(text, m, plural ? words + "s" : words, context);
    }

    private static String indicators(String text, RuleContext context) {
        return Replacer.replace(text, INDICATOR, m -> {
            boolean feminine = m.group(2).equals("ª");
            // Spanish "3º piso" → "tercer piso": the short masculine form before a noun.
            if (!feminine && context.language() == Language.SPANISH && !NounGender.nounAfter(text, m.end()).isEmpty()) {
                return Replacer.spaced(text, m, context.numbers().ordinalBeforeNoun(value(m)), context);
            }
            return say(text, m, feminine, context);
        });
    }

    private static String say(String text, MatchResult m, boolean feminine, RuleContext context) {
        return Replacer.spaced(text, m, context.numbers().ordinal(value(m), feminine), context);
    }

    private static long value(MatchResult m) {
        return Long.parseLong(m.group(1));
    }
}
