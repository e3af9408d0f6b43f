package dev.kokoro.g2p;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits English text into words and single punctuation marks, remembering which were followed by
 * whitespace. A word keeps its inner apostrophes and hyphens ({@code don't}, {@code A-frame}); curly
 * apostrophes are straightened because the lexicon spells them {@code '}.
 *
 * <p>Stateless and thread-safe.
 */
final class EnglishTokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<word>[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*)|(?<mark>\\S)");

    private EnglishTokenizer() {
    }

    /** A word or one punctuation mark of the text. */
    record Token(String text, boolean isWord, boolean spaceAfter) {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            boolean spaceAfter = m.end() < text.length() && Character.isWhitespace(text.charAt(m.end()));
            String word = m.group("word");
            if (word != null) {
                tokens.add(new Token(word.replace('’', '\''), true, spaceAfter));
            } else {
                tokens.add(new Token(m.group("mark"), false, spaceAfter));
            }
        }
        return tokens;
    }
}
