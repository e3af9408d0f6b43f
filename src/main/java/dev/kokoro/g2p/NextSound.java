package dev.kokoro.g2p;

/**
 * What follows a word, as far as English pronunciation rules care: "the" is ði before a vowel and ðə before
 * a consonant, "to" is tʊ / tə, and a few words are stressed when nothing follows them.
 */
enum NextSound {
    VOWEL, CONSONANT, PAUSE;

    private static final String VOWELS = "AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻ";
    private static final String CONSONANTS = "bdfhjklmnpstvwzðŋɡɹɾʃʒʤʧθʔ";
    private static final String PAUSES = ";:,.!?—…";

    /**
     * What a piece of misaki phonemes begins with; {@code otherwise} when it has no sound or pause of its own
     * (an empty string, a quote, a bracket), so the answer passes through it from further right.
     */
    static NextSound startOf(String phonemes, NextSound otherwise) {
        for (int i = 0; i < phonemes.length(); i++) {
            char c = phonemes.charAt(i);
            if (VOWELS.indexOf(c) >= 0) {
                return VOWEL;
            } else if (CONSONANTS.indexOf(c) >= 0) {
                return CONSONANT;
            } else if (PAUSES.indexOf(c) >= 0) {
                return PAUSE;
            }
        }
        return otherwise;
    }
}
