package dev.kokoro.text.normalize;

import java.util.Set;

/**
 * Guesses whether a run of letters can be said as a word ("nasa", "unesco") or must be spelled
 * ("fbi", "html", "www"): it needs a vowel and no cluster of consonants a word could not have.
 */
final class Pronounceability {
    private Pronounceability() {
    }

    static boolean canSayAsWord(String lower) {
        if (lower.length() < 3) return false;
        boolean vowel = false;
        int consonantRun = 0;
        int leadingConsonants = 0;
        boolean seenVowel = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isVowel(c) || (c == 'y' && i > 0)) {
                vowel = true;
                seenVowel = true;
                consonantRun = 0;
            } else {
                consonantRun++;
                if (!seenVowel) leadingConsonants++;
                if (consonantRun > 3) return false;
            }
        }
        if (!vowel || leadingConsonants > 2) return false;
        // Two leading consonants must be a cluster words start with (st, pr, bl…), not "fb", "cn".
        return leadingConsonants < 2 || ONSETS.contains(lower.substring(0, 2));
    }

    private static boolean isVowel(char c) {
        return "aeiouáéíóúàèìòùâêîôûãõäëïöü".indexOf(c) >= 0;
    }

    private static final Set<String> ONSETS = Set.of(
            "bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "ph", "pl", "pr", "qu", "sc",
            "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr");
}
