package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.regex.Pattern;

/**
 * Every number still written in digits: "1,234" → "one thousand two hundred thirty-four", "-3.5"
 * → "minus three point five", "3,5" → "tres coma cinco", "007" → "zero zero seven", "5G" → "five
 * G". Runs after the rules that give numbers a special reading (years, money, times…).
 */
final class NumberRule implements NormalizationRule {
    private static final Pattern AFTER_LETTERS = Pattern.compile("(?<=\\p{L})\\d{1,15}+(?!\\d)");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{16,}+");
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
            boolean beforeNoun = context.language() == Language.SPANISH && m.end() + 1 < numbered.length()
                    && numbered.charAt(m.end()) == ' ' && Character.isLowerCase(numbered.charAt(m.end() + 1));
            return Replacer.spaced(numbered, m, beforeNoun ? n.sayBefore(context, false) : n.say(context), context);
        });
        String afterLetters = out;
        out = Replacer.replace(afterLetters, AFTER_LETTERS, m ->
                Replacer.spaced(afterLetters, m, context.numbers().cardinal(m.group()), context));
        String rest = out;
        return Replacer.replace(rest, LONG_DIGITS, m -> Replacer.spaced(rest, m, context.numbers().digits(m.group()), context));
    }
}
