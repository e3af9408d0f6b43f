package dev.kokoro.text.normalize;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import dev.kokoro.text.Language;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hindi years read as years, "उन्नीस सौ सैंतालीस" rather than "एक हज़ार नौ सौ सैंतालीस": after a
 * month name ("15 अगस्त 1947"), after "सन", "साल" or "वर्ष", or before "में" ("1947 में").
 */
final class HindiYearRule implements NormalizationRule {
    private static final Pattern YEAR = Pattern.compile("(?:(?<=(?:" + months() + "|सन|साल|वर्ष|ईसवी) )"
            + "(?<after>1\\d{3}|20\\d{2})(?![\\p{N}])|(?<![\\p{L}\\p{N}\\p{M},.])(?<before>1\\d{3}|20\\d{2})(?= में(?![\\p{L}\\p{M}])))");

    @Override
    public String apply(String text, RuleContext context) {
        if (context.language() != Language.HINDI) return text;
        return Replacer.replace(text, YEAR, m -> {
            String year = m.group("after") != null ? m.group("after") : m.group("before");
            return context.numbers().year(Long.parseLong(year));
        });
    }

    private static String months() {
        String[] names = new DateFormatSymbols(ULocale.forLocale(Language.HINDI.locale()))
                .getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        return Arrays.stream(names).map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
