package dev.kokoro.text.normalize;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Twenty-four-hour times written without a colon (English): "at 0600" → "at oh six hundred", "by
 * 1830 hours" → "by eighteen thirty hours". Taken as a time only after a word such as "at" or
 * "until" and when the hour has a leading zero or "hours" follows; "at 1500 feet" stays a number.
 */
final class MilitaryTimeRule implements NormalizationRule {
    private static final Pattern TIME = Pattern.compile(
            "(?<=(?:^|[^\\p{L}])(?i:at|by|until|till|before|after|from|since|to) )(?<h>[01]\\d|2[0-3])(?<m>[0-5]\\d)"
                    + "(?![\\p{L}\\p{N}]|[.,:]\\d)(?<hours> hours| hrs)?");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english()) return text;
        return Replacer.replace(text, TIME, m -> say(text, m, context));
    }

    private static String say(String text, MatchResult m, RuleContext context) {
        String h = m.group("h");
        if (h.charAt(0) != '0' && m.group("hours") == null) return null;
        NumberWords n = context.numbers();
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m.group("m"));
        String hourWords = hour == 0 ? "zero zero" : h.charAt(0) == '0' ? "oh " + n.cardinal(hour) : n.cardinal(hour);
        String minuteWords = minute == 0 ? "hundred" : minute < 10 ? "oh " + n.cardinal(minute) : n.cardinal(minute);
        String hours = m.group("hours") == null ? "" : " hours";
        return Replacer.spaced(text, m, hourWords + " " + minuteWords + hours, context);
    }
}
