package dev.kokoro.speech;

/**
 * Where a chunk of speech stops, and so how much silence follows it. The model voices pauses
 * inside a chunk itself; these gaps only separate chunks, scaled by the speaking speed.
 */
public enum Boundary {
    /** Cut between two words to keep a chunk short: no gap, the speech runs on. */
    WORD(0),
    /** Cut at a comma, semicolon, colon or dash. */
    CLAUSE(50),
    /** End of a sentence. */
    SENTENCE(100),
    /** End of a paragraph (a line break in the input). */
    PARAGRAPH(300);

    private final int gapMillis;

    Boundary(int gapMillis) {
        this.gapMillis = gapMillis;
    }

    public int gapMillis() {
        return gapMillis;
    }
}
