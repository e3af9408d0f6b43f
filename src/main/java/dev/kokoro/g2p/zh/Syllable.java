package dev.kokoro.g2p.zh;

import java.util.Objects;

/**
 * One pinyin syllable: its letters without tone ({@code ü} spelled as such, e.g. {@code lüe}) and its tone,
 * 1 to 4, or 5 for the neutral tone.
 */
public record Syllable(String letters, int tone) {
    public static final int NEUTRAL = 5;

    public Syllable {
        Objects.requireNonNull(letters, "letters");
        if (tone < 1 || tone > NEUTRAL) {
            throw new IllegalArgumentException("tone " + tone + " of '" + letters + "' is not 1 to 5");
        }
    }

    @Override
    public String toString() {
        return letters + tone;
    }
}
