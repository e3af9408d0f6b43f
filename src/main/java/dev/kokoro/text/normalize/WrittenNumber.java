package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.regex.MatchResult;

/**
 * A number as written in running text: sign, integer digits (group separators removed) and
 * fractional digits. {@link #regex(Language)} gives the pattern that finds one; the groups it names
 * are read back by {@link #of(MatchResult)}. Immutable.
 */
record WrittenNumber(boolean negative, String integer, String fraction) {

    /**
     * A pattern fragment with the named groups {@code sign}, {@code int} and {@code frac}. English
     * groups thousands with commas and marks decimals with a point; Spanish, French, Italian and
     * Portuguese the other way round (but a point followed by other than three digits is still
     * taken as a decimal point, as in "3.5"); French also groups with (non-breaking) spaces.
     * Possessive quantifiers keep matching linear on long digit runs.
     */
    static String regex(Language language) {
        String sign = "(?<sign>[-\u2212](?=\\d))?";
        if (language == Language.HINDI) {
            // Indian grouping as well: 1,00,000 is one lakh.
            return sign + "(?<int>\\d{1,3}(?:,\\d{3})++(?!\\d)|\\d{1,2}(?:,\\d{2}(?=,))++,\\d{3}(?!\\d)|\\d++)(?:\\.(?<frac>\\d++))?";
        }
        if (!LanguageWords.usesDecimalComma(language)) {
            return sign + "(?<int>\\d{1,3}(?:,\\d{3})++(?!\\d)|\\d++)(?:\\.(?<frac>\\d++))?";
        }
        String group = language == Language.FRENCH ? "[.\u00A0\u202F ]" : "\\.";
        return sign + "(?<int>\\d{1,3}(?:" + group + "\\d{3})++(?!\\d)|\\d++)(?:[,.](?<frac>\\d++))?";
    }

    static WrittenNumber of(MatchResult m) {
        String integer = m.group("int").replaceAll("\\D", "");
        return new WrittenNumber(m.group("sign") != null, integer, m.group("frac"));
    }

    boolean isOne() {
        return !negative && fraction == null && integer.equals("1");
    }

    boolean hasFraction() {
        return fraction != null;
    }

    /** The integer part, or -1 when it has too many digits to be counted as a number. */
    long integerValue() {
        return integer.length() > 15 ? -1 : Long.parseLong(integer);
    }

    /** The number in words: "minus three point five", "tres coma cinco". */
    String say(RuleContext context) {
        String words = fraction == null
                ? context.numbers().cardinal(integer)
                : context.numbers().decimal(integer, fraction, context.words().point());
        return negative ? context.join(context.words().minus(), words) : words;
    }

    /** The number before a noun, so that Romance languages agree in gender ("veintiún kilómetros"). */
    String sayBefore(RuleContext context, boolean feminine) {
        if (fraction != null || negative || integerValue() < 0 || (integer.length() > 1 && integer.charAt(0) == '0')) {
            return say(context);
        }
        return context.numbers().cardinalBefore(integerValue(), feminine);
    }
}
