package dev.kokoro.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs phonemized sentences into model calls. The first chunk is short so the first audio comes
 * quickly; each later one may be twice as long as the one before, up to the configured size. At
 * roughly 2× real time a chunk is synthesized in less time than its predecessor takes to play, so
 * a stream that starts small stays ahead of the listener while reaching large, efficient chunks.
 * Sentences are joined while they fit; a sentence too long for the current limit is cut after
 * punctuation when possible, else between words. Word marks ({@link WordMark}) take no room and never
 * part from their word. Not thread-safe: one planner per synthesis.
 */
public final class ChunkPlanner {
    private static final String CLAUSE_MARKS = ",;:—…";
    private static final String SENTENCE_MARKS = ".!?";

    private final int maxTokens;
    private int limit;
    private final StringBuilder pending = new StringBuilder();
    private Boundary pendingBoundary = Boundary.WORD;

    /**
     * @param firstChunkTokens the first chunk's limit
     * @param maxTokens        the limit chunks grow to (never above the model's 510)
     */
    public ChunkPlanner(int firstChunkTokens, int maxTokens) {
        if (firstChunkTokens < 1 || firstChunkTokens > maxTokens) {
            throw new IllegalArgumentException("need 1 <= firstChunkTokens <= maxTokens");
        }
        this.limit = firstChunkTokens;
        this.maxTokens = maxTokens;
    }

    /** Adds one sentence's phonemes; returns the chunks that are now complete. */
    public List<PlannedChunk> add(String phonemes, Boundary after) {
        List<PlannedChunk> out = new ArrayList<>();
        String rest = phonemes.strip();
        if (rest.isEmpty()) {
            pendingBoundary = stronger(pendingBoundary, after);
            return out;
        }
        if (!pending.isEmpty() && length(pending) + 1 + length(rest) > limit) {
            emitPending(out);
        }
        while (length(rest) > limit) {
            int cut = cutPoint(rest, limit);
            String head = rest.substring(0, cut).strip();
            rest = rest.substring(cut).strip();
            emit(out, head, boundaryAtEnd(head));
        }
        if (!pending.isEmpty()) {
            pending.append(' ');
        }
        pending.append(rest);
        pendingBoundary = after;
        return out;
    }

    /** Emits whatever is pending, e.g. at the end of the input or before an explicit pause. */
    public List<PlannedChunk> flush() {
        List<PlannedChunk> out = new ArrayList<>();
        if (!pending.isEmpty()) {
            emitPending(out);
        }
        return out;
    }

    private void emitPending(List<PlannedChunk> out) {
        emit(out, pending.toString(), pendingBoundary);
        pending.setLength(0);
        pendingBoundary = Boundary.WORD;
    }

    private void emit(List<PlannedChunk> out, String phonemes, Boundary after) {
        out.add(new PlannedChunk(phonemes, after));
        limit = Math.min(maxTokens, limit * 2);
    }

    /**
     * The char index to cut {@code text} at so the head has at most {@code max} symbols: after the
     * last punctuation mark if that keeps at least half the limit, else at the last space. When the text
     * carries word marks, only spaces before a mark count, so a written word whose reading takes several
     * phoneme words ("forty to sixty degrees") stays in one chunk. A first word longer than the limit is
     * kept whole when it fits the model (a word cut in two is mispronounced); only a longer one is cut.
     */
    private int cutPoint(String text, int max) {
        boolean marked = text.indexOf(WordMark.MARK) >= 0;
        int end = WordMark.indexAfterSymbols(text, max);
        int lastSpace = -1;
        int lastMark = -1;
        for (int i = 0; i < end; i++) {
            if (isCut(text, i, marked)) {
                lastSpace = i;
                if (i > 0 && (CLAUSE_MARKS.indexOf(text.charAt(i - 1)) >= 0 || SENTENCE_MARKS.indexOf(text.charAt(i - 1)) >= 0)) {
                    lastMark = i;
                }
            }
        }
        if (end < text.length() && isCut(text, end, marked)) {
            lastSpace = end;
        }
        int minUseful = WordMark.indexAfterSymbols(text, max / 2);
        if (lastMark >= minUseful) {
            return lastMark;
        }
        if (lastSpace > 0) {
            return lastSpace;
        }
        int wordEnd = end;
        while (wordEnd < text.length() && !isCut(text, wordEnd, marked)) {
            wordEnd++;
        }
        if (WordMark.symbols(text.substring(0, wordEnd)) <= maxTokens) {
            return wordEnd;
        }
        int modelEnd = WordMark.indexAfterSymbols(text, maxTokens);
        int anySpace = text.lastIndexOf(' ', modelEnd);
        return anySpace > 0 ? anySpace : modelEnd;
    }

    /** A space where a chunk may end: before a word mark, or any space in text without marks. */
    private static boolean isCut(String text, int i, boolean marked) {
        return text.charAt(i) == ' ' && (!marked || i + 1 < text.length() && text.charAt(i + 1) == WordMark.MARK);
    }

    private static Boundary boundaryAtEnd(String head) {
        char last = head.charAt(head.length() - 1);
        if (SENTENCE_MARKS.indexOf(last) >= 0) {
            return Boundary.SENTENCE;
        }
        return CLAUSE_MARKS.indexOf(last) >= 0 ? Boundary.CLAUSE : Boundary.WORD;
    }

    private static Boundary stronger(Boundary a, Boundary b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static int length(CharSequence s) {
        return WordMark.symbols(s);
    }
}
