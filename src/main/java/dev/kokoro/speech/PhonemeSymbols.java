package dev.kokoro.speech;

/** What kind of sound a phoneme symbol stands for, as far as planning and word timing need to know. */
final class PhonemeSymbols {
    /** Kokoro's punctuation symbols: the model voices them as pauses, not as part of a word. */
    private static final String PUNCTUATION = ";:,.!?—…\"()“”";

    private PhonemeSymbols() {
    }

    /**
     * Whether phonemes hold a sound and not only punctuation, stress or length marks: a chunk of
     * "…" alone would make the model produce a short burst of noise.
     */
    static boolean hasSound(String phonemes) {
        return phonemes.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.getType(c) != Character.MODIFIER_LETTER);
    }

    /** A space or a punctuation symbol: what a word's time span leaves out at its edges. */
    static boolean isBetweenWords(int symbol) {
        return symbol == ' ' || PUNCTUATION.indexOf(symbol) >= 0;
    }
}
