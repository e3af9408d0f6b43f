package dev.kokoro.g2p.zh;

import dev.kokoro.g2p.Punctuation;

/**
 * Punctuation in Chinese text as misaki writes it for Kokoro: the full-width comma and enumeration comma,
 * full stop, exclamation and question marks, colon and semicolon become ASCII marks followed by a space, the
 * book-title marks, corner and lenticular brackets curly quotes, full-width parentheses ASCII ones, quotes
 * and brackets spaced off on their outer side. The ASCII marks the text normalizer turned the full-width
 * ones into are spaced the same way, since in Chinese text they stand for them. Other marks are read as in
 * every language ({@link Punctuation}).
 */
final class ChinesePunctuation {
    private ChinesePunctuation() {
    }

    /**
     * Kokoro's mark for one punctuation character with the spaces misaki puts around it, or the empty string
     * when Kokoro has none.
     *
     * @param opening whether a straight double quote here opens a quotation
     */
    static String toKokoro(int cp, boolean opening) {
        String mark = switch (cp) {
            case '、', '，' -> ",";
            case '。', '．' -> ".";
            case '！' -> "!";
            case '？' -> "?";
            case '：' -> ":";
            case '；' -> ";";
            case '《', '「', '『', '【' -> "“";
            case '》', '」', '』', '】' -> "”";
            case '（' -> "(";
            case '）' -> ")";
            default -> Punctuation.toKokoro(cp, opening);
        };
        return switch (mark) {
            case ",", ".", "!", "?", ":", ";", "”", ")" -> mark + " ";
            case "“", "(" -> " " + mark;
            default -> mark;
        };
    }
}
