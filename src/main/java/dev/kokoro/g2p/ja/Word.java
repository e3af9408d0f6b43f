package dev.kokoro.g2p.ja;

/**
 * One word of the sentence on its way to phonemes: a reading in kana still to be turned into phonemes,
 * phonemes made elsewhere (English), or a punctuation mark with the way it attaches to its neighbours.
 *
 * @param surface the text it came from
 * @param kind    what {@code text} holds and how the word is spaced
 * @param text    the kana reading, the phonemes or the Kokoro punctuation symbol (possibly empty)
 */
record Word(String surface, Kind kind, String text) {
    enum Kind {
        /** A kana reading: a space follows. */
        READING,
        /** Finished phonemes (Latin text read as English): a space follows. */
        PHONEMES,
        /** An opening quote or bracket: a space before it, none after. */
        OPENING,
        /** A closing quote or bracket, a comma or stop: no space before it, one after. */
        CLOSING,
        /** A dash: spaces on both sides. */
        FREE,
        /** A middle dot or a space between words: just a space. */
        SPACE
    }

    static Word reading(String surface, String kana) {
        return new Word(surface, Kind.READING, kana);
    }
}
