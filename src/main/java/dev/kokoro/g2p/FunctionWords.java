package dev.kokoro.g2p;

/**
 * The short words whose pronunciation depends on what follows rather than on the lexicon alone, as misaki
 * reads them: "the" (ði before a vowel, ðə otherwise), "a" (ɐ, but the letter ˈA before a pause), "an" (ɐn),
 * "to" (tʊ before a vowel, tə before a consonant, the full form before a pause), "in" (stressed before a
 * pause), "am" (weak ɐm inside a phrase) and the pronoun "I" (ˌI).
 *
 * <p>misaki also uses the part of speech for some of these ("a" as a determiner, "in" as a preposition);
 * without a tagger the position stands in for it.
 *
 * <p>Stateless and thread-safe.
 */
final class FunctionWords {
    private FunctionWords() {
    }

    /** The pronunciation of {@code word} before {@code next}, or null when it is not one of these words. */
    static String pronounce(String word, NextSound next, Lexicon lexicon) {
        return switch (word) {
            case "the", "The", "THE" -> next == NextSound.VOWEL ? "ði" : "ðə";
            case "a", "A" -> next == NextSound.PAUSE ? "ˈA" : "ɐ";
            case "an", "An", "AN" -> "ɐn";
            case "to", "To", "TO" -> switch (next) {
                case VOWEL -> "tʊ";
                case CONSONANT -> "tə";
                case PAUSE -> lexiconForm(lexicon, "to");
            };
            case "in", "In", "IN" -> next == NextSound.PAUSE ? "ˈɪn" : "ɪn";
            case "am" -> next == NextSound.PAUSE ? lexiconForm(lexicon, "am") : "ɐm";
            case "I" -> "ˌI";
            default -> null;
        };
    }

    private static String lexiconForm(Lexicon lexicon, String word) {
        LexiconEntry entry = lexicon.find(word);
        return entry == null ? null : entry.pronunciation(null, true);
    }
}
