package dev.kokoro.text.normalize;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.kokoro.text.Language;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Dates read as a person says them in the language: ISO "2024-03-15", numeric "15/03/2024" (month
 * first in American English, day first elsewhere, unless the numbers only fit the other way), year
 * first "2024/1/5" in Japanese and, in English, "March 5th, 2024" / "5 March 2024".
 */
final class DateRule implements NormalizationRule {
    /** Month names in each language, from ICU ("March", "marzo", "mars", "मार्च", "3月"). Read-only. */
    private static final Map<Language, String[]> MONTH_NAMES = monthNames();
    private static final Pattern ISO = Pattern.compile("(?<![\\p{N}\\p{L}./-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{N}\\p{L}./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}/-]|\\.\\d)");
    /** Year first with slashes, as Japanese writes dates: 2024/1/5. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\p{N}\\p{L}./-])(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\p{N}/])");
    private static final String MONTHS = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}])" + MONTHS
            + " (?<day>\\d{1,2})(?:st|nd|rd|th)?(?![\\p{N}\\p{L}:])(?<year>,? \\d{4}(?![\\p{N}]))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\p{N}])(?<day>\\d{1,2})(?:st|nd|rd|th)? (?:of )?"
            + MONTHS + "(?![\\p{L}])(?<year>,? \\d{4}(?![\\p{N}]))?");

    @Override
    public String apply(String text, RuleContext context) {
        String out = Replacer.replace(text, ISO, m ->
                say(context, parse(m.group(1)), parse(m.group(2)), parse(m.group(3))));
        out = Replacer.replace(out, NUMERIC, m -> numeric(m, context));
        if (context.language() == Language.JAPANESE) {
            out = Replacer.replace(out, YEAR_FIRST, m ->
                    say(context, parse(m.group(1)), parse(m.group(2)), parse(m.group(3))));
        }
        if (!context.english()) return out;
        String monthFirst = Replacer.replace(out, MONTH_DAY, m -> written(null, m, context, true));
        return Replacer.replace(monthFirst, DAY_MONTH, m -> written(monthFirst, m, context, false));
    }

    private static String numeric(MatchResult m, RuleContext context) {
        int a = parse(m.group(1));
        int b = parse(m.group(3));
        String y = m.group(4);
        // A dotted short date such as 1.2.24 is more likely a version number.
        if (y.length() == 2 && !m.group(2).equals("/")) return null;
        int year = y.length() == 2 ? 2000 + parse(y) : parse(y);
        boolean monthFirst = context.language() == Language.AMERICAN_ENGLISH ? a <= 12 || b > 12 : b > 12 && a <= 12;
        return monthFirst ? say(context, year, a, b) : say(context, year, b, a);
    }

    private static String written(String text, MatchResult m, RuleContext context, boolean monthFirst) {
        int month = monthNumber(m.group("month"));
        int day = parse(m.group("day"));
        if (month < 1 || day < 1 || day > 31) return null;
        String monthName = monthName(context.language(), month);
        String dayWords = context.numbers().ordinal(day, false);
        String date;
        if (monthFirst) {
            date = context.language() == Language.BRITISH_ENGLISH
                    ? monthName + " the " + dayWords : monthName + " " + dayWords;
        } else {
            boolean hasArticle = m.start() >= 4 && text.regionMatches(true, m.start() - 4, "the ", 0, 4);
            date = (hasArticle ? "" : "the ") + dayWords + " of " + monthName;
        }
        String year = m.group("year");
        if (year == null) return date;
        String comma = year.startsWith(",") ? "," : "";
        return date + comma + " " + context.numbers().year(parse(year.replaceAll("\\D", "")));
    }

    /** The date read in the language's order, or null (text kept) when it is no real date. */
    private static String say(RuleContext context, int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) return null;
        NumberWords n = context.numbers();
        String monthName = monthName(context.language(), month);
        String yearWords = n.year(year);
        return switch (context.language()) {
            case AMERICAN_ENGLISH -> monthName + " " + n.ordinal(day, false) + ", " + yearWords;
            case BRITISH_ENGLISH -> "the " + n.ordinal(day, false) + " of " + monthName + ", " + yearWords;
            case SPANISH -> n.cardinal(day) + " de " + monthName + " de " + yearWords;
            case BRAZILIAN_PORTUGUESE -> (day == 1 ? n.ordinal(1, false) : n.cardinal(day))
                    + " de " + monthName + " de " + yearWords;
            case FRENCH, ITALIAN -> (day == 1 ? n.ordinal(1, false) : n.cardinal(day)) + " " + monthName + " " + yearWords;
            case HINDI -> n.cardinal(day) + " " + monthName + " " + yearWords;
            case JAPANESE -> n.cardinal(year) + "年" + n.cardinal(month) + "月" + n.cardinal(day) + "日";
            case MANDARIN_CHINESE -> yearWords + "年" + n.cardinal(month) + "月" + n.cardinal(day) + "日";
        };
    }

    private static String monthName(Language language, int month) {
        return MONTH_NAMES.get(language)[month - 1];
    }

    private static Map<Language, String[]> monthNames() {
        Map<Language, String[]> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            names.put(language, new DateFormatSymbols(ULocale.forLocale(language.locale()))
                    .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE));
        }
        return names;
    }

    private static int monthNumber(String written) {
        String prefix = written.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }

    private static int parse(String digits) {
        return Integer.parseInt(digits);
    }
}
