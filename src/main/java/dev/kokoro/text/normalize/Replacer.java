package dev.kokoro.text.normalize;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Regex replacement whose replacement text is taken literally, and may decline a match. */
final class Replacer {
    /** No letter, digit or underscore before this point. Java's {@code \b} ignores accented letters. */
    static final String START = "(?<![\\p{L}\\p{N}_])";
    /** No letter, digit or underscore after this point. */
    static final String END = "(?![\\p{L}\\p{N}_])";

    private Replacer() {
    }

    /**
     * Replaces every match of {@code pattern} with what {@code replacement} returns for it; a null
     * return keeps the matched text unchanged.
     */
    static String replace(String text, Pattern pattern, Function<MatchResult, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        do {
            String r = replacement.apply(m);
            if (r != null) {
                out.append(text, last, m.start()).append(r);
                last = m.end();
            }
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /**
     * Wraps {@code words} in the language's word separator on each side where the match touches a
     * letter or digit, so that "5G" becomes "five G", not "fiveG".
     */
    static String spaced(String text, MatchResult m, String words, RuleContext context) {
        String sep = context.words().separator();
        StringBuilder sb = new StringBuilder();
        if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) sb.append(sep);
        sb.append(words);
        if (m.end() < text.length() && Character.isLetterOrDigit(text.charAt(m.end()))) sb.append(sep);
        return sb.toString();
    }

    /**
     * The word (letters, and full stops as in "Vol." or "Node.js") that ends one space before
     * {@code start}, or "" if there is none or it is longer than {@code maxLength}.
     */
    static String wordBefore(String text, int start, int maxLength) {
        int end = start - 1;
        if (end < 1 || text.charAt(end) != ' ') return "";
        int i = end;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            if (end - i >= maxLength) return "";
            i--;
        }
        return text.substring(i, end);
    }

    /** Whether a full stop just before {@code end} also ends the sentence: end of text, or a capital follows. */
    static boolean endsSentence(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i == text.length() || text.charAt(i) == '\n' || (i > end && Character.isUpperCase(text.charAt(i)));
    }
}
