package dev.kokoro.text.normalize;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Three-digit model numbers read in two parts, as people say them (English): "Boeing 747" → "Boeing
 * seven forty-seven", "a 737 MAX" → "a seven thirty-seven Max", "Porsche 911" → "Porsche nine
 * eleven", "A320" → "A three twenty", "F-150" → "F one fifty". A model is marked by its maker
 * before it, a model suffix after it, or a capital letter glued to it.
 */
final class ModelNumberRule implements NormalizationRule {
    private static final Set<String> MAKERS = Set.of("Boeing", "Airbus", "Porsche", "Peugeot", "Cessna", "Learjet",
            "Embraer", "Tupolev", "Ilyushin", "Antonov", "Lockheed", "Douglas", "Ferrari", "Fiat", "Volvo", "Saab",
            "Nokia", "Leica", "Yamaha", "Kawasaki", "Suzuki", "Ducati", "Mazda", "Lexus", "Sukhoi", "Mitsubishi");
    private static final Pattern MODEL = Pattern.compile("(?<![\\p{L}\\p{N}.,$£€¥₹#/-])(?<prefix>[A-Z]-?)?(?<num>[1-9]\\d{2})"
            + "(?![\\p{L}\\p{N}]|[.,/:-]\\d)(?<suffix> (?:MAX|NG|ER|LR|XWB|neo)(?![\\p{L}\\p{N}]))?");
    private static final int LONGEST_MAKER = 12;

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english()) return text;
        return Replacer.replace(text, MODEL, m -> say(text, m, context));
    }

    private static String say(String text, MatchResult m, RuleContext context) {
        String prefix = m.group("prefix");
        String suffix = m.group("suffix");
        if (prefix == null && suffix == null && !MAKERS.contains(Replacer.wordBefore(text, m.start(), LONGEST_MAKER))) return null;
        String spoken = twoParts(Integer.parseInt(m.group("num")), context.numbers());
        if (prefix != null) spoken = prefix.charAt(0) + " " + spoken;
        if (suffix != null) spoken += suffix.equals(" MAX") ? " Max" : suffix;
        return Replacer.spaced(text, m, spoken, context);
    }

    /** A three-digit number in two parts: 747 → "seven forty-seven", 308 → "three oh eight", 800 → "eight hundred". */
    static String twoParts(int number, NumberWords n) {
        int rest = number % 100;
        return n.cardinal(number / 100) + " "
                + (rest == 0 ? "hundred" : rest < 10 ? "oh " + n.cardinal(rest) : n.cardinal(rest));
    }
}
