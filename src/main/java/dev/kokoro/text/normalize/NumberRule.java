package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.regex.Pattern;

/**
 * Every number still written in digits: "1,234" → "one thousand two hundred thirty-four", "-3.5"
 * → "minus three point five", "3,5" → "tres coma cinco", "007" → "zero zero seven", "5G" → "five
 * G". Runs after the rules that give numbers a special reading (years, money, times…).
 */
final class NumberRule implements NormalizationRule {
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
            return Replacer.spaced(numbered, m, say(n, NounGender.nounAfter(numbered, m.end()), context), context);
        });
        String rest = out;
        return Replacer.replace(rest, LEFTOVER_DIGITS, m -> Replacer.spaced(rest, m, context.numbers().cardinal(m.group()), context));
    }

    /**
     * The number in words, agreeing with the noun after it in Romance languages: "veintiuna casas",
     * "doscientas personas", "duas horas", "une heure", "una casa". Spanish also shortens a final
     * "uno" before a masculine noun: "veintiún años"; Italian changes only "uno": "un libro".
     */
    private static String say(WrittenNumber n, String nextWord, RuleContext context) {
        Language language = context.language();
        if (nextWord.isEmpty()) return n.say(context);
        if (NounGender.feminine(nextWord, language)) {
            // "un'ora": before a vowel the Italian feminine is elided, which sounds as the masculine "un".
            if (language != Language.ITALIAN) return n.sayBefore(context, true);
            if (n.isOne()) return n.sayBefore(context, "aeiouàèéìòù".indexOf(nextWord.charAt(0)) < 0);
        }
        if (language == Language.SPANISH || language == Language.ITALIAN && n.isOne()) return n.sayBefore(context, false);
        return n.say(context);
    }
}
