package dev.kokoro.g2p;

import java.util.Locale;

/**
 * misaki's extra stress for capitalised words read from the lexicon: a capitalised word that the lexicon
 * leaves unstressed gets secondary stress ("It" → ˌɪt), an all-capitals word gets primary stress
 * (secondary stress is promoted, an unstressed word gains ˈ). The mark goes before the first vowel.
 */
final class CapitalStress {
    private static final char PRIMARY = 'ˈ';
    private static final char SECONDARY = 'ˌ';
    private static final String VOWELS = "AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻ";

    private CapitalStress() {
    }

    static String apply(String word, String phonemes) {
        if (word.equals(word.toLowerCase(Locale.ROOT))) {
            return phonemes;
        }
        boolean primary = phonemes.indexOf(PRIMARY) >= 0;
        boolean secondary = phonemes.indexOf(SECONDARY) >= 0;
        if (Lexicon.isAllCapitals(word)) {
            if (!primary && secondary) {
                return phonemes.replace(SECONDARY, PRIMARY);
            }
            return primary ? phonemes : stressFirstVowel(phonemes, PRIMARY);
        }
        return primary || secondary ? phonemes : stressFirstVowel(phonemes, SECONDARY);
    }

    private static String stressFirstVowel(String phonemes, char mark) {
        for (int i = 0; i < phonemes.length(); i++) {
            if (VOWELS.indexOf(phonemes.charAt(i)) >= 0) {
                return phonemes.substring(0, i) + mark + phonemes.substring(i);
            }
        }
        return phonemes;
    }
}
