package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every number still written in digits: "1,234" → "one thousand two hundred thirty-four", "-3.5"
 * → "minus three point five", "3,5" → "tres coma cinco", "007" → "zero zero seven", "5G" → "five
 * G". Runs after the rules that give numbers a special reading (years, money, times…).
 */
final class NumberRule implements NormalizationRule {
    /** Spanish words after a number that are not the noun it counts: "el 1 de mayo" stays "uno". */
    private static final Set<String> SPANISH_NOT_NOUNS = Set.of("de", "del", "y", "o", "a", "al", "en", "por", "para",
            "con", "sin", "entre", "que", "es", "más", "menos");
    /** Digits the number pattern could not take ("MP3", "½3", runs too long to count): read anyway. */
    private static final Pattern LEFTOVER_DIGITS = Pattern.compile("\\d++");
    private static final Pattern LEADING_POINT = Pattern.compile("(?<![\\p{L}\\p{N}_.,])\\.(\\d++)");
    private final Pattern number;

    NumberRule(Language language) {
        this.number = Pattern.compile(Replacer.START + WrittenNumber.regex(language) + "(?![\\p{N}])");
    }

    @Override
    public String apply(String text, RuleContext context) {
        String in = text;
        if (context.english()) {
            in = Replacer.replace(text, LEADING_POINT, m -> Replacer.spaced(text, m,
                    context.words().point() + " " + context.numbers().digits(m.group(1)), context));
        }
        String numbered = in;
        String out = Replacer.replace(numbered, number, m -> {
            WrittenNumber n = WrittenNumber.of(m);
            // Spanish shortens a final "uno" before a noun: "veintiún años", "un libro".
            boolean beforeNoun = context.language() == Language.SPANISH && beforeNoun(numbered, m.end());
            return Replacer.spaced(numbered, m, beforeNoun ? n.sayBefore(context, false) : n.say(context), context);
        });
        String rest = out;
        return Replacer.replace(rest, LEFTOVER_DIGITS, m -> Replacer.spaced(rest, m, context.numbers().cardinal(m.group()), context));
    }

    private static boolean beforeNoun(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) return false;
        int i = end + 1;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return !SPANISH_NOT_NOUNS.contains(text.substring(end + 1, i));
    }
}
