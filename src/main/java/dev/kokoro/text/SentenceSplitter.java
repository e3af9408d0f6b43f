package dev.kokoro.text;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into sentences with ICU's locale-aware sentence rules. Each piece keeps
 * its trailing whitespace, so a piece ending in a newline marks the end of a paragraph.
 * Thread-safe: each call uses its own break iterator.
 */
public final class SentenceSplitter {
    private final Language language;

    public SentenceSplitter(Language language) {
        this.language = language;
    }

    public List<String> split(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(language.locale());
        it.setText(text);
        List<String> sentences = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String piece = text.substring(start, end);
            if (!piece.isBlank()) {
                sentences.add(piece);
            }
        }
        return sentences;
    }

    /** Whether a piece from {@link #split} ends a sentence, rather than stopping mid-way. */
    public static boolean endsSentence(String piece) {
        String t = piece.stripTrailing();
        if (t.length() < piece.length() && piece.indexOf('\n', t.length()) >= 0) {
            return true;
        }
        if (t.isEmpty()) {
            return false;
        }
        // Closing quotes and brackets may follow the terminal mark: "Stop!" she said.
        int i = t.length() - 1;
        while (i > 0 && "\"'”’)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return ".!?…。！？".indexOf(t.charAt(i)) >= 0;
    }
}
