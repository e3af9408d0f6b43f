package dev.kokoro;

import java.util.List;

/**
 * How far into a text a synthesis has got: each written word heard is looked up in the text after the
 * previous one. The synthesis does not say how much is left, but its words come in the text's order.
 * A word not found nearby (markup, a spelled-out symbol) leaves the position where it was.
 */
final class TextProgress {
    /** Characters searched ahead for the next word: a bound, so a missing word costs no scan of the rest. */
    private static final int LOOKAHEAD = 2_000;

    private final String text;
    private int position;

    TextProgress(String text) {
        this.text = text;
    }

    void heard(List<WordTime> words) {
        for (WordTime word : words) {
            int at = text.indexOf(word.word(), position, Math.min(text.length(), position + LOOKAHEAD));
            if (at >= 0) {
                position = at + word.word().length();
            }
        }
    }

    /** From 0 to 1. */
    double fraction() {
        return text.isEmpty() ? 1 : (double) position / text.length();
    }
}
