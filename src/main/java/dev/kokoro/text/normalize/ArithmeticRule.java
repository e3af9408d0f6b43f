package dev.kokoro.text.normalize;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Sums with an equals sign: "3 x 4 = 12" → "3 times 4 equals 12", "7 - 3 = 4" → "7 minus 3 equals
 * 4", "8 / 2 = 4" → "8 divided by 2 equals 4". The "=" is what tells "7 - 3" from a range and
 * "3 x 4" from dimensions; the numbers are left for the number rule.
 */
final class ArithmeticRule implements NormalizationRule {
    private static final String NUMBER = "\\d{1,15}+(?:[.,]\\d{1,15}+){0,4}+";
    private static final String OPERATOR = "[-+x×*/÷\u2212]";
    private static final Pattern SUM = Pattern.compile("(?<![\\p{L}\\p{N}.,=+×*/÷\u2212-] ?)" + NUMBER
            + "(?: ?" + OPERATOR + " ?" + NUMBER + "){1,6}+ ?= ?[-\u2212]?" + NUMBER + "(?![\\p{L}\\p{N}])");

    private static final Pattern SPACES = Pattern.compile(" {2,}+");

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf('=') < 0) return text;
        String[] words = operatorWords(context);
        if (words == null) return text;
        return Replacer.replace(text, SUM, m -> spoken(m, words, context));
    }

    private static String spoken(MatchResult m, String[] words, RuleContext context) {
        String sum = m.group();
        StringBuilder sb = new StringBuilder(sum.length() * 2);
        for (int i = 0; i < sum.length(); i++) {
            char c = sum.charAt(i);
            String word = switch (c) {
                case '+' -> context.words().plus();
                case '-', '\u2212' -> followsOperand(sum, i) ? context.words().minus() : null;
                case 'x', '×', '*' -> words[0];
                case '/', '÷' -> words[1];
                case '=' -> context.words().equals();
                default -> null;
            };
            if (word == null) {
                sb.append(c);
            } else {
                sb.append(' ').append(word).append(' ');
            }
        }
        return SPACES.matcher(sb).replaceAll(" ").strip();
    }

    /** Whether the minus at {@code i} comes after a number ("7 - 3"), not after "=" ("= -4", a sign). */
    private static boolean followsOperand(String sum, int i) {
        int j = i - 1;
        while (j >= 0 && sum.charAt(j) == ' ') j--;
        return j >= 0 && Character.isDigit(sum.charAt(j));
    }

    /** "times" and "divided by" in the language, or null where sums are left alone. */
    private static String[] operatorWords(RuleContext context) {
        return switch (context.language()) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> new String[] {"times", "divided by"};
            case SPANISH -> new String[] {"por", "entre"};
            case FRENCH -> new String[] {"fois", "divisé par"};
            case ITALIAN -> new String[] {"per", "diviso"};
            case BRAZILIAN_PORTUGUESE -> new String[] {"vezes", "dividido por"};
            case HINDI -> new String[] {"गुणा", "भाग"};
            case JAPANESE, MANDARIN_CHINESE -> null;
        };
    }
}
