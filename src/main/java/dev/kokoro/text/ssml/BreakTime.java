package dev.kokoro.text.ssml;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The length of a {@code <break>}: its {@code time} ("500ms", "1.5s") or else its {@code strength}. */
final class BreakTime {
    /** The longest pause the markup can carry ({@code [pause:999999ms]}); the pipeline caps it lower still. */
    static final long MAX_MILLIS = 999_999;
    private static final Pattern TIME = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,9})?|\\.\\d{1,9})\\s*(ms|s)",
            Pattern.CASE_INSENSITIVE);
    /** SSML 1.1 leaves the lengths to the processor; these are the usual ones. */
    private static final Map<String, Long> STRENGTHS = Map.of(
            "none", 0L, "x-weak", 100L, "weak", 200L, "medium", 400L, "strong", 700L, "x-strong", 1000L);
    private static final long DEFAULT_MILLIS = STRENGTHS.get("medium");

    private BreakTime() {
    }

    /**
     * The pause in milliseconds, at most {@link #MAX_MILLIS}.
     *
     * @throws IllegalArgumentException saying what is wrong with the time or strength
     */
    static long millis(String time, String strength) {
        if (time != null) return parseTime(time.strip());
        if (strength == null) return DEFAULT_MILLIS;
        Long millis = STRENGTHS.get(strength.strip().toLowerCase(Locale.ROOT));
        if (millis == null) {
            throw new IllegalArgumentException("break strength '" + strength
                    + "' is not one of none, x-weak, weak, medium, strong, x-strong");
        }
        return millis;
    }

    private static long parseTime(String time) {
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            throw new IllegalArgumentException("break time '" + shorten(time)
                    + "' is not a number of seconds or milliseconds, such as 500ms or 1.5s");
        }
        BigDecimal value = new BigDecimal(m.group(1));
        BigDecimal millis = m.group(2).equalsIgnoreCase("s") ? value.movePointRight(3) : value;
        return millis.setScale(0, RoundingMode.HALF_UP).min(BigDecimal.valueOf(MAX_MILLIS)).longValueExact();
    }

    /** Echoing a megabyte back in an error message helps nobody. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
