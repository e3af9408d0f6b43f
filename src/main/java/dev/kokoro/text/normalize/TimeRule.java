package dev.kokoro.text.normalize;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Clock times: "10:30" → "ten thirty", "10:05 am" → "ten oh five A M", "7pm" → "seven P M",
 * "14:00" → "fourteen hundred"; other languages in their own pattern: "diez y treinta", "dix
 * heures trente", "dieci e trenta", "dez e trinta", "दस बजकर तीस मिनट", "十時三十分".
 */
final class TimeRule implements NormalizationRule {
    private static final String MERIDIEM = "(?:\\s?(?<ampm>[AaPp])\\.?\\s?[Mm]\\.?(?![\\p{L}]))";
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\p{N}:.])(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)(?::(?<s>[0-5]\\d))?(?![\\p{N}:])" + MERIDIEM + "?");
    private static final Pattern HOUR_ONLY = Pattern.compile("(?<![\\p{N}:.,])(?<h>1[0-2]|0?[1-9])" + MERIDIEM);
    /** "14h30", "14 h 30": how French and Portuguese (and often Spanish and Italian) write a time. */
    private static final Pattern HOUR_H = Pattern.compile(
            "(?<![\\p{L}\\p{N}:.,])(?<h>[01]?\\d|2[0-3]) ?h ?(?<m>[0-5]\\d)(?![\\p{L}\\p{N}])");

    @Override
    public String apply(String text, RuleContext context) {
        String clock = Replacer.replace(text, CLOCK, m -> say(text, m, context, number(m, "m"), m.group("ampm"), m.group("s")));
        String out = Replacer.replace(clock, HOUR_ONLY, m -> say(clock, m, context, 0, m.group("ampm"), null));
        if (context.english() || out.indexOf('h') < 0) return out;
        return Replacer.replace(out, HOUR_H, m -> say(out, m, context, number(m, "m"), null, null));
    }

    private static int number(MatchResult m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static String say(String text, MatchResult m, RuleContext context, int minute, String ampm, String seconds) {
        int hour = number(m, "h");
        NumberWords n = context.numbers();
        String spoken = switch (context.language()) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> english(hour, minute, ampm, n);
            case SPANISH -> minute == 0 ? n.cardinalBefore(hour, true) + " en punto"
                    : n.cardinalBefore(hour, true) + " y " + n.cardinal(minute);
            case FRENCH -> n.cardinalBefore(hour, true) + (hour == 1 ? " heure" : " heures")
                    + (minute == 0 ? "" : " " + n.cardinal(minute));
            case ITALIAN -> minute == 0 ? n.cardinal(hour) + " in punto" : n.cardinal(hour) + " e " + n.cardinal(minute);
            case BRAZILIAN_PORTUGUESE -> minute == 0 ? n.cardinalBefore(hour, true) + " em ponto"
                    : n.cardinalBefore(hour, true) + " e " + n.cardinal(minute);
            case HINDI -> minute == 0 ? n.cardinal(hour) + " बजे" : n.cardinal(hour) + " बजकर " + n.cardinal(minute) + " मिनट";
            case JAPANESE -> n.cardinal(hour) + "時" + (minute == 0 ? "" : n.cardinal(minute) + "分");
            case MANDARIN_CHINESE -> n.cardinal(hour) + "点" + (minute == 0 ? "" : n.cardinal(minute) + "分");
        };
        if (seconds != null && context.english()) {
            int s = Integer.parseInt(seconds);
            spoken += " and " + n.cardinal(s) + (s == 1 ? " second" : " seconds");
        }
        String after = "";
        // A final "p.m." also closes its sentence.
        if (ampm != null && text.charAt(m.end() - 1) == '.' && (m.end() == text.length() || text.charAt(m.end()) == '\n'
                || (m.end() + 1 < text.length() && text.charAt(m.end()) == ' ' && Character.isUpperCase(text.charAt(m.end() + 1))))) {
            after = ".";
        }
        return Replacer.spaced(text, m, spoken, context) + after;
    }

    private static String english(int hour, int minute, String ampm, NumberWords n) {
        String suffix = ampm == null ? "" : ampm.equalsIgnoreCase("a") ? " A M" : " P M";
        int h = ampm != null && hour == 0 ? 12 : ampm != null && hour > 12 ? hour - 12 : hour;
        String hourWords = n.cardinal(h);
        if (minute == 0) {
            if (!suffix.isEmpty()) return hourWords + suffix;
            return hour > 12 || hour == 0 ? hourWords + " hundred" : hourWords + " o'clock";
        }
        String minuteWords = minute < 10 ? "oh " + n.cardinal(minute) : n.cardinal(minute);
        return hourWords + " " + minuteWords + suffix;
    }
}
