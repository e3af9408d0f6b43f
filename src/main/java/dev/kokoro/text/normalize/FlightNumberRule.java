package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/**
 * Flight numbers (English): the airline code spelled, the number in pairs as pilots and gate agents
 * say it: "Flight BA2490" → "Flight B A twenty-four ninety", "flight UA 909" → "flight U A nine oh
 * nine".
 */
final class FlightNumberRule implements NormalizationRule {
    private static final Pattern FLIGHT = Pattern.compile("(?<![\\p{L}])(?<cue>[Ff]light )"
            + "(?:(?<airline>[A-Z]{2}+|[A-Z]\\d|\\d[A-Z]) ?)?(?<number>\\d{1,4}+)(?![\\p{L}\\p{N}]|[.,]\\d)");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english()) return text;
        return Replacer.replace(text, FLIGHT, m -> {
            String airline = m.group("airline");
            int number = Integer.parseInt(m.group("number"));
            NumberWords n = context.numbers();
            String spoken = number >= 1000 && number % 1000 >= 10
                    ? n.year(number).replace("oh-", "oh ")
                    : number >= 100 ? ModelNumberRule.twoParts(number, n) : n.cardinal(number);
            StringBuilder code = new StringBuilder();
            for (int i = 0; airline != null && i < airline.length(); i++) {
                char c = airline.charAt(i);
                code.append(Character.isDigit(c) ? n.cardinal(c - '0') : String.valueOf(c)).append(' ');
            }
            return Replacer.spaced(text, m, m.group("cue") + code + spoken, context);
        });
    }
}
