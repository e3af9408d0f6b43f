package dev.kokoro.text.ssml;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.kokoro.text.Language;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * say-as date, its fields in the order {@code format} gives (d, m, y as in the W3C say-as Note:
 * mdy, dmy, ymd, md, dm, ym, my, d, m, y). A whole date becomes ISO "2024-12-25", which the
 * normalizer reads as a date in every language ("December twenty-fifth, twenty twenty-four",
 * "veinticinco de diciembre de dos mil veinticuatro", "二〇二四年十二月二十五日"). A partial date
 * becomes the language's own written form from ICU ("December 2024", "25 de diciembre", "2024年12月"),
 * since the normalizer would read "2024-12" as a range. The Note gives no default order; without
 * one a date is taken as ymd if it starts with a four-digit year, and otherwise left as written.
 */
final class SpokenDate implements SayAsFormatter {
    private static final Pattern SEPARATORS = Pattern.compile("[-/.,\\s]+");
    /** ICU skeletons for the partial dates, by the set of fields they show. */
    private static final Map<String, String> SKELETONS = Map.of(
            "y", "y", "m", "MMMM", "d", "d", "my", "yMMMM", "dm", "MMMMd");
    /** A leap year, so that a day-and-month date may be 29 February. */
    private static final int ANY_YEAR = 2000;

    private final ULocale locale;
    /** ICU's date pattern for each skeleton in this language. */
    private final Map<String, String> patterns = new HashMap<>();

    SpokenDate(Language language) {
        this.locale = ULocale.forLocale(language.locale());
        DateTimePatternGenerator generator = DateTimePatternGenerator.getInstance(locale);
        SKELETONS.forEach((fields, skeleton) -> patterns.put(fields, generator.getBestPattern(skeleton)));
    }

    @Override
    public String format(String text, String format) {
        String[] fields = SEPARATORS.split(text.strip());
        String order = format == null ? defaultOrder(fields) : format.toLowerCase(Locale.ROOT);
        if (order == null || !order.matches("[dmy]{1,3}") || order.chars().distinct().count() != order.length()
                || fields.length != order.length()) {
            return null;
        }
        int year = -1;
        int month = -1;
        int day = -1;
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i];
            char kind = order.charAt(i);
            if (!f.matches("\\d{1,2}") && !(kind == 'y' && f.matches("\\d{4}"))) return null;
            switch (kind) {
                case 'y' -> year = Integer.parseInt(f);
                case 'm' -> month = Integer.parseInt(f);
                default -> day = Integer.parseInt(f);
            }
        }
        if (year >= 0 && fields[order.indexOf('y')].length() != 4) return null;
        if (!isValid(year, month, day)) return null;
        if (year >= 0 && month >= 0 && day >= 0) return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        return written(year, month, day);
    }

    private static String defaultOrder(String[] fields) {
        return fields.length == 3 && fields[0].length() == 4 ? "ymd" : null;
    }

    private static boolean isValid(int year, int month, int day) {
        if (month == 0 || month > 12 || day == 0 || day > 31) return false;
        if (month < 0 || day < 0) return true;
        try {
            LocalDate.of(year < 0 ? ANY_YEAR : year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The partial date as the language writes it, for the normalizer to read; null for a day and year alone. */
    private String written(int year, int month, int day) {
        String fields = (day >= 0 ? "d" : "") + (month >= 0 ? "m" : "") + (year >= 0 ? "y" : "");
        String pattern = patterns.get(fields);
        if (pattern == null) return null;
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.GMT_ZONE, locale);
        calendar.clear();
        calendar.set(year >= 0 ? year : ANY_YEAR, month >= 0 ? month - 1 : 0, day >= 0 ? day : 1);
        SimpleDateFormat format = new SimpleDateFormat(pattern, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format.format(calendar.getTime());
    }
}
