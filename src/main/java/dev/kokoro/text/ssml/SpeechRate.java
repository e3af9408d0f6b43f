package dev.kokoro.text.ssml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code <prosody rate>} as a multiple of the normal pace. A number ("1.2"), a percentage
 * ("120%") or a keyword is absolute: it replaces the enclosing rate, since SSML rates are relative
 * to the default, not to each other. A signed percentage ("+20%", "-10%") changes the enclosing rate.
 */
final class SpeechRate {
    static final double NORMAL = 1.0;
    /** The speeds a request may ask for; a rate outside them is brought to the nearer end. */
    static final double MIN = 0.25;
    static final double MAX = 4.0;
    private static final Pattern VALUE = Pattern.compile("([+-])?(\\d{1,9}(?:\\.\\d{1,9})?|\\.\\d{1,9})\\s*(%)?");
    private static final Map<String, Double> KEYWORDS = Map.of(
            "x-slow", 0.5, "slow", 0.75, "medium", 1.0, "default", 1.0, "fast", 1.25, "x-fast", 1.6);

    private SpeechRate() {
    }

    /**
     * The rate {@code value} asks for inside a passage spoken at {@code enclosing}.
     *
     * @throws IllegalArgumentException saying what is wrong with the value
     */
    static double parse(String value, double enclosing) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Double keyword = KEYWORDS.get(v);
        if (keyword != null) return keyword;
        Matcher m = VALUE.matcher(v);
        if (!m.matches() || (m.group(1) != null && m.group(3) == null)) {
            throw new IllegalArgumentException("prosody rate '" + BreakTime.shorten(value) + "' is not a number (1.2), "
                    + "a percentage (120%, +20%, -10%) or one of x-slow, slow, medium, fast, x-fast");
        }
        double number = Double.parseDouble(m.group(2));
        double rate;
        if (m.group(1) != null) {
            rate = enclosing * (1 + (m.group(1).equals("-") ? -number : number) / 100);
        } else {
            rate = m.group(3) != null ? number / 100 : number;
        }
        return Math.clamp(rate, MIN, MAX);
    }

    /** The rate as the markup writes it: "1.2", "0.75", "1". */
    static String format(double rate) {
        return BigDecimal.valueOf(rate).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
