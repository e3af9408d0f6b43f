package dev.kokoro.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * A zero-width marker put in the phoneme text before the first phoneme of each written word, so that word
 * boundaries travel with the phonemes through chunk planning (which cuts and joins plain text) and come out
 * attached to the right model call. A private-use character: no G2P ever produces it and the model never sees it.
 */
final class WordMark {
    static final char MARK = '\uE000';

    private WordMark() {
    }

    /** Phoneme symbols in {@code text}, marks not counted. */
    static int symbols(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != MARK && !Character.isLowSurrogate(c)) {
                n++;
            }
        }
        return n;
    }

    /** The char index just after the first {@code count} symbols of {@code text} (marks skipped), or its length. */
    static int indexAfterSymbols(String text, int count) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < count) {
            int cp = text.codePointAt(i);
            if (cp != MARK) {
                seen++;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * Phonemes with the marks taken out, and where each mark stood, as symbol (token) indexes. A mark may
     * have stood alone between two spaces: the spaces it leaves are collapsed to one, and none is kept at
     * either end.
     */
    record Stripped(String phonemes, List<Integer> marks) {
    }

    static Stripped strip(String marked) {
        StringBuilder phonemes = new StringBuilder(marked.length());
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < marked.length(); ) {
            int cp = marked.codePointAt(i);
            if (cp == MARK) {
                marks.add(phonemes.codePointCount(0, phonemes.length()));
            } else if (cp != ' ' || !phonemes.isEmpty() && phonemes.charAt(phonemes.length() - 1) != ' ') {
                phonemes.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        if (!phonemes.isEmpty() && phonemes.charAt(phonemes.length() - 1) == ' ') {
            phonemes.setLength(phonemes.length() - 1);
        }
        int symbols = phonemes.codePointCount(0, phonemes.length());
        return new Stripped(phonemes.toString(), marks.stream().map(m -> Math.min(m, symbols)).toList());
    }
}
