package dev.kokoro.g2p;

import java.util.Locale;

/**
 * Spells a word letter by letter from the lexicon's letter names, stressing the last letter as English
 * speakers do for initialisms: FBI → ˌɛfbˌiˈI, USA → jˌuˌɛsˈA.
 *
 * <p>Immutable and thread-safe.
 */
final class LetterSpelling {
    private final Lexicon lexicon;

    LetterSpelling(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The spelled-out word, or null when it has a character other than the letters a–z. */
    String spell(String word) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return null;
            }
            LexiconEntry letter = lexicon.find(String.valueOf(c).toUpperCase(Locale.ROOT));
            String name = letter == null ? null : letter.pronunciation(null, false);
            if (name == null) {
                return null;
            }
            letters.append(name);
        }
        return letters.isEmpty() ? null : Stress.lastPrimary(letters.toString());
    }
}
