package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Four-digit numbers from 1000 to 2099 read as years (English): "1999" → "nineteen ninety-nine",
 * "2005" → "two thousand five", "2024" → "twenty twenty-four". A plural noun after the number
 * ("1500 people" is kept for the number rule, "1999 dollars" too) marks a count instead. In Chinese, four
 * digits before 年 are a year, read digit by digit.
 */
final class YearRule implements NormalizationRule {
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}_.,$£€¥₹#\\-])(1\\d{3}|20\\d{2})(?![\\p{N}\\p{L}]|[.,]\\d)");
    /** Words ending in s that do not make a plural count noun. */
    private static final Set<String> NOT_PLURALS = Set.of("was", "has", "is", "this", "its", "as", "us", "his",
            "does", "goes", "always", "perhaps", "unless", "towards", "besides", "across", "whereas", "thus", "plus",
            "minus", "versus", "yes", "series", "news", "less");

    /**
     * A Chinese year: four digits before 年 (spaced off by {@link PunctuationRule}), read digit by digit
     * as cn2an reads them (二〇二四年; the Chinese G2P reads ICU's 〇 as cn2an's 零).
     */
    private static final Pattern CHINESE_YEAR = Pattern.compile("(?<![\\p{N}.,])(\\d{4})(?= ?年)");

    @Override
    public String apply(String text, RuleContext context) {
        if (context.language() == Language.MANDARIN_CHINESE) {
            return Replacer.replace(text, CHINESE_YEAR, m -> context.numbers().year(Long.parseLong(m.group(1))));
        }
        if (!context.english()) return text;
        return Replacer.replace(text, YEAR, m -> {
            if (countsSomething(text, m.end())) return null;
            String words = context.numbers().year(Long.parseLong(m.group(1))).replace("oh-", "oh ");
            return Replacer.spaced(text, m, words, context);
        });
    }

    private static boolean countsSomething(String text, int end) {
        int i = end;
        if (i >= text.length() || text.charAt(i) != ' ') return false;
        int start = ++i;
        while (i < text.length() && Character.isLowerCase(text.charAt(i)) && i - start < 30) i++;
        String word = text.substring(start, i);
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !NOT_PLURALS.contains(word);
    }
}
