package dev.kokoro.g2p;

import dev.kokoro.text.Language;

/** Grapheme-to-phoneme conversion for one language: text in, Kokoro phoneme symbols out. */
public interface G2P {
    Language language();

    /**
     * Phonemizes one sentence or fragment of (already normalized) text. Words are separated by a
     * space; punctuation Kokoro knows ({@code , . ! ? ; : — …} and quotes) is kept in place.
     */
    String phonemize(String text);
}
