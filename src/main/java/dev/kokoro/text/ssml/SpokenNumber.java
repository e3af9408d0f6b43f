package dev.kokoro.text.ssml;

import com.ibm.icu.text.DecimalFormatSymbols;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NumberWords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * say-as cardinal and ordinal: a whole number, written with or without the language's digit
 * grouping ("1,234" in English, "1.234" in Spanish), spelled out by ICU as the normalizer spells
 * numbers. A decimal number, or anything else, is left to the normalizer.
 */
final class SpokenNumber {
    /** Past this many digits ICU's words would be silly (and a long would overflow): digit by digit. */
    private static final int MAX_DIGITS = 15;
    /** Characters that group digits in some language: comma, dot, spaces, apostrophes. */
    private static final String GROUPING = ",. \u00A0\u202F'’";
    /** An ordinal's written ending: "21st", "1er", "2º", "3.", "1ª" (feminine in Romance languages). */
    private static final Pattern ORDINAL = Pattern.compile("(.*?\\p{Nd})\\s*(\\p{L}{1,4}|[ºª°.])?");

    private final NumberWords words;
    private final char decimalSeparator;

    SpokenNumber(Language language, NumberWords words) {
        this.words = words;
        this.decimalSeparator = DecimalFormatSymbols.getInstance(language.locale()).getDecimalSeparator();
    }

    /** "2024" → "two thousand twenty-four", "-5" → "minus five"; null if it is no whole number. */
    String cardinal(String text) {
        String s = text.strip();
        boolean negative = s.startsWith("-") || s.startsWith("−");
        if (negative || s.startsWith("+")) s = s.substring(1);
        String digits = digits(s);
        if (digits == null) return null;
        if (!negative) return words.cardinal(digits);
        return digits.length() <= MAX_DIGITS ? words.cardinal(-Long.parseLong(digits)) : null;
    }

    /** "21" or "21st" → "twenty-first"; "1ª" the feminine form; null if it is no whole number. */
    String ordinal(String text) {
        Matcher m = ORDINAL.matcher(text.strip());
        if (!m.matches()) return null;
        String digits = digits(m.group(1));
        if (digits == null || digits.length() > MAX_DIGITS) return null;
        return words.ordinal(Long.parseLong(digits), "ª".equals(m.group(2)));
    }

    /** The ASCII digits of a whole number written with optional grouping, or null. */
    private String digits(String s) {
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = Character.digit(c, 10);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            } else if (c == decimalSeparator || GROUPING.indexOf(c) < 0 || digits.isEmpty()) {
                return null;
            }
        }
        return digits.isEmpty() || !Character.isDigit(s.charAt(s.length() - 1)) ? null : digits.toString();
    }
}
