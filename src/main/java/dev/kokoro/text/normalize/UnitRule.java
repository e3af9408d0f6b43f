package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers with units: "10 km" → "ten kilometers", "1 GB" → "one gigabyte", "5 Mb" → "five
 * megabits" (case tells bytes from bits). Units of measurement only when unit normalization is
 * on; degrees ("25°C", "90°") always, since the degree sign is a symbol no reader skips.
 */
final class UnitRule implements NormalizationRule {
    /** What may not follow a unit symbol: more of a Latin word (5 kgs), a digit or a power; Chinese may ("5kg大米"). */
    private static final String NOT_AFTER_UNIT = "[\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]|[\\p{N}/²³]";

    private final Map<String, Unit> measures;
    private final Map<String, Unit> degrees;
    private final Pattern measurePattern;
    private final Pattern degreePattern;

    UnitRule(Language language) {
        this.measures = Unit.measures(language);
        this.degrees = Unit.degrees(language);
        String number = Replacer.START + WrittenNumber.regex(language);
        String symbols = measures.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.measurePattern = measures.isEmpty() ? null
                : Pattern.compile(number + "\\s?(?<unit>" + symbols + ")(?!" + NOT_AFTER_UNIT + ")");
        this.degreePattern = Pattern.compile(number
                + "\\s?(?:(?<symbol>[℃℉])|(?:°|º(?=\\s?[CF]))(?:\\s?(?<unit>[CF])(?![\\p{L}]))?)");
    }

    @Override
    public String apply(String text, RuleContext context) {
        String out = text;
        if (out.indexOf('°') >= 0 || out.indexOf('º') >= 0 || out.indexOf('℃') >= 0 || out.indexOf('℉') >= 0) {
            String in = out;
            out = Replacer.replace(in, degreePattern, m -> {
                Unit unit = degrees.get(degreeSymbol(m));
                return unit == null ? null : say(in, m, unit, context);
            });
        }
        if (measurePattern == null || !context.options().unitNormalization()) return out;
        String in = out;
        return Replacer.replace(in, measurePattern, m -> say(in, m, measures.get(m.group("unit")), context));
    }

    /** The degree table's key: °C for 25°C, 25 ºC and 25℃; ° alone for 90°. */
    private static String degreeSymbol(MatchResult m) {
        if (m.group("symbol") != null) {
            return m.group("symbol").equals("℃") ? "°C" : "°F";
        }
        return m.group("unit") == null ? "°" : "°" + m.group("unit");
    }

    private static String say(String text, MatchResult m, Unit unit, RuleContext context) {
        WrittenNumber n = WrittenNumber.of(m);
        if (context.english() && Attributive.at(text, m.start(), m.end())) {
            // "a 10 KB file" → "a ten-kilobyte file", "a 3.2 GHz chip" → "a three point two gigahertz chip".
            return Replacer.spaced(text, m, n.say(context) + (n.hasFraction() ? " " : "-") + unit.one(), context);
        }
        boolean one = !n.hasFraction() && n.integer().equals("1");
        return Replacer.spaced(text, m, n.sayBefore(context, unit.feminine()) + context.words().separator()
                + (one ? unit.one() : unit.many()), context);
    }
}
