package dev.kokoro.g2p;

/**
 * The short words whose pronunciation depends on their part of speech or on what follows rather than on
 * the lexicon alone, as misaki reads them: "the" (ði before a vowel, ðə otherwise), "a" (ɐ as an article,
 * the letter ˈA otherwise), "an" (ɐn), "to" (tʊ before a vowel, tə before a consonant, the full form before
 * a pause), "in" (unstressed as a preposition inside a phrase), "am" (weak ɐm inside a phrase), "I" (ˌI as
 * the pronoun), "by" (stressed as an adverb) and "vs" (versus).
 *
 * <p>Immutable and thread-safe.
 */
final class FunctionWords {
    private final Lexicon lexicon;

    FunctionWords(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The pronunciation of {@code word} with lexicon tag {@code tag} before {@code next}, or null when it is
     * not one of these words (or is, say, "AM" as a noun, which the lexicon spells).
     */
    String pronounce(String word, String tag, NextSound next) {
        boolean noun = tag != null && tag.startsWith("NN");
        return switch (word) {
            case "the", "The", "THE" -> next == NextSound.VOWEL ? "ði" : "ðə";
            case "a", "A" -> "DT".equals(tag) && next != NextSound.PAUSE ? "ɐ" : "ˈA";
            case "an", "An" -> "ɐn";
            case "AN" -> noun ? null : "ɐn";
            case "to", "To" -> to(next);
            case "TO" -> "TO".equals(tag) || "IN".equals(tag) ? to(next) : null;
            case "in", "In" -> in(tag, next);
            case "IN" -> "NNP".equals(tag) ? null : in(tag, next);
            case "am" -> next == NextSound.PAUSE ? lexiconForm("am") : "ɐm";
            case "Am", "AM" -> noun ? null : lexiconForm("am");
            case "I" -> "PRP".equals(tag) ? "ˌI" : null;
            case "by", "By", "BY" -> "RB".equals(tag) ? "bˈI" : null;
            case "vs", "Vs", "VS" -> lexiconForm("versus");
            default -> null;
        };
    }

    private String to(NextSound next) {
        return switch (next) {
            case VOWEL -> "tʊ";
            case CONSONANT -> "tə";
            case PAUSE -> lexiconForm("to");
        };
    }

    private static String in(String tag, NextSound next) {
        return "IN".equals(tag) && next != NextSound.PAUSE ? "ɪn" : "ˈɪn";
    }

    private String lexiconForm(String word) {
        LexiconEntry entry = lexicon.find(word);
        return entry == null ? null : entry.pronunciation(null, true);
    }
}
