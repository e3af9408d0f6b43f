package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Fractions: "1/2" → "one half", "3/4" → "three quarters", "2 1/2" and "2½" → "two and a half",
 * "5/8" → "five eighths"; in other languages "tres cuartos", "trois quarts", "un terzo"… "24/7"
 * is read as "twenty-four seven".
 */
final class FractionRule implements NormalizationRule {
    private static final Map<Character, int[]> VULGAR = Map.ofEntries(
            Map.entry('½', new int[] {1, 2}), Map.entry('⅓', new int[] {1, 3}), Map.entry('⅔', new int[] {2, 3}),
            Map.entry('¼', new int[] {1, 4}), Map.entry('¾', new int[] {3, 4}), Map.entry('⅕', new int[] {1, 5}),
            Map.entry('⅖', new int[] {2, 5}), Map.entry('⅗', new int[] {3, 5}), Map.entry('⅘', new int[] {4, 5}),
            Map.entry('⅙', new int[] {1, 6}), Map.entry('⅚', new int[] {5, 6}), Map.entry('⅐', new int[] {1, 7}),
            Map.entry('⅛', new int[] {1, 8}), Map.entry('⅜', new int[] {3, 8}), Map.entry('⅝', new int[] {5, 8}),
            Map.entry('⅞', new int[] {7, 8}), Map.entry('⅑', new int[] {1, 9}), Map.entry('⅒', new int[] {1, 10}));
    private static final Pattern VULGAR_PATTERN =
            Pattern.compile("(?<![\\p{N}])(?:(?<whole>\\d{1,9}+) ?)?(?<frac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒])");
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.,])(?:(?<whole>\\d{1,9}+) )?(?<num>\\d{1,3}+)[/\u2044](?<den>\\d{1,3}+)(?![\\p{N}/]|[.,]\\d)");

    @Override
    public String apply(String text, RuleContext context) {
        String out = Replacer.replace(text, VULGAR_PATTERN, m -> {
            int[] f = VULGAR.get(m.group("frac").charAt(0));
            return Replacer.spaced(text, m, say(m.group("whole"), f[0], f[1], context), context);
        });
        if (out.indexOf('/') < 0 && out.indexOf('\u2044') < 0) return out;
        String in = out;
        return Replacer.replace(in, SLASHED, m -> slashed(in, m, context));
    }

    private static String slashed(String text, MatchResult m, RuleContext context) {
        int num = Integer.parseInt(m.group("num"));
        int den = Integer.parseInt(m.group("den"));
        if (num == 24 && den == 7 && m.group("whole") == null) {
            return Replacer.spaced(text, m, context.join(context.numbers().cardinal(24), context.numbers().cardinal(7)), context);
        }
        if (den < 2 || num == 0 || (m.group("whole") != null && num >= den)) return null;
        return Replacer.spaced(text, m, say(m.group("whole"), num, den, context), context);
    }

    private static String say(String whole, int num, int den, RuleContext context) {
        NumberWords n = context.numbers();
        Language language = context.language();
        String fraction;
        if (language.isEnglish()) {
            fraction = english(num, den, n, whole != null);
        } else if (language == Language.JAPANESE) {
            fraction = n.cardinal(den) + "分の" + n.cardinal(num);
        } else if (language == Language.MANDARIN_CHINESE) {
            fraction = n.cardinal(den) + "分之" + n.cardinal(num);
        } else if (language == Language.HINDI) {
            fraction = n.cardinal(num) + " बटा " + n.cardinal(den);
        } else {
            fraction = n.cardinalBefore(num, false) + " " + romanceDenominator(language, den, num > 1, n);
        }
        if (whole == null) return fraction;
        String and = language.isEnglish() ? "and" : context.words().and();
        return context.separatorIsSpace() ? n.cardinal(whole) + " " + and + " " + fraction : n.cardinal(whole) + and + fraction;
    }

    private static String english(int num, int den, NumberWords n, boolean mixed) {
        boolean plural = num > 1;
        String name = switch (den) {
            case 2 -> plural ? "halves" : "half";
            case 4 -> plural ? "quarters" : "quarter";
            default -> n.ordinal(den, false) + (plural ? "s" : "");
        };
        // "two and a half", but "one half" on its own.
        return (mixed && num == 1 ? "a" : n.cardinal(num)) + " " + name;
    }

    private static String romanceDenominator(Language language, int den, boolean plural, NumberWords n) {
        String[] special = switch (language) {
            case SPANISH -> new String[] {"medio", "tercio", "cuarto"};
            case FRENCH -> new String[] {"demi", "tiers", "quart"};
            case ITALIAN -> new String[] {"mezzo", "terzo", "quarto"};
            default -> new String[] {"meio", "terço", "quarto"};
        };
        String singular = den <= 4 ? special[den - 2] : n.ordinal(den, false);
        if (!plural || singular.endsWith("s")) return singular;
        if (language == Language.ITALIAN) return singular.substring(0, singular.length() - 1) + "i";
        return singular + "s";
    }
}
