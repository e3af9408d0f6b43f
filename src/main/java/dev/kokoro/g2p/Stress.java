package dev.kokoro.g2p;

import java.util.Locale;

/**
 * Stress marks on misaki phoneme strings: ˈ primary, ˌ secondary, each written just before its vowel.
 *
 * <p>Stateless and thread-safe.
 */
final class Stress {
    static final char PRIMARY = 'ˈ';
    static final char SECONDARY = 'ˌ';
    static final String VOWELS = "AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻ";
    /** Vowels that carry no stress of their own in misaki's transcriptions. */
    private static final String WEAK_VOWELS = "əᵻ";

    private Stress() {
    }

    /**
     * misaki's extra stress for a capitalised word read from the lexicon: unstressed, it gets secondary
     * stress ("It" → ˌɪt); written in capitals, primary stress (secondary stress is promoted, an unstressed
     * word gains ˈ).
     */
    static String forCapitals(String word, String phonemes) {
        if (word.equals(word.toLowerCase(Locale.ROOT))) {
            return phonemes;
        }
        boolean primary = phonemes.indexOf(PRIMARY) >= 0;
        boolean secondary = phonemes.indexOf(SECONDARY) >= 0;
        if (Lexicon.isAllCapitals(word)) {
            if (!primary && secondary) {
                return phonemes.replace(SECONDARY, PRIMARY);
            }
            return primary ? phonemes : markFirstVowel(phonemes, PRIMARY);
        }
        return primary || secondary ? phonemes : markFirstVowel(phonemes, SECONDARY);
    }

    /** Secondary stress on the first vowel of a word that has no stress at all (misaki does this for -ing forms). */
    static String secondaryIfUnstressed(String phonemes) {
        return isUnstressed(phonemes) ? markFirstVowel(phonemes, SECONDARY) : phonemes;
    }

    /** Every primary stress becomes secondary and secondary stress is dropped: the word leans on a neighbour. */
    static String demote(String phonemes) {
        if (phonemes.indexOf(PRIMARY) < 0) {
            return phonemes;
        }
        return phonemes.replace(String.valueOf(SECONDARY), "").replace(PRIMARY, SECONDARY);
    }

    /** Letters spelled out: each one's stress demoted, then the last one stressed (ˌɛfbˌiˈI). */
    static String lastPrimary(String phonemes) {
        String demoted = phonemes.replace(String.valueOf(SECONDARY), "").replace(PRIMARY, SECONDARY);
        int last = demoted.lastIndexOf(SECONDARY);
        if (last < 0) {
            return demoted;
        }
        return demoted.substring(0, last) + PRIMARY + demoted.substring(last + 1);
    }

    /**
     * A word from espeak-ng with exactly one primary stress: kept if present, else its first secondary is
     * promoted, else the first full (non-schwa) vowel gets it. Marks sit right before their vowel.
     */
    static String withPrimary(String phonemes) {
        String placed = beforeVowels(phonemes);
        if (placed.indexOf(PRIMARY) >= 0) {
            return placed;
        }
        int secondary = placed.indexOf(SECONDARY);
        if (secondary >= 0) {
            return placed.substring(0, secondary) + PRIMARY + placed.substring(secondary + 1);
        }
        for (int i = 0; i < placed.length(); i++) {
            char c = placed.charAt(i);
            if (VOWELS.indexOf(c) >= 0 && WEAK_VOWELS.indexOf(c) < 0 && (i == 0 || placed.charAt(i - 1) != 'ᵊ')) {
                return placed.substring(0, i) + PRIMARY + placed.substring(i);
            }
        }
        return markFirstVowel(placed, PRIMARY);
    }

    /**
     * A guessed word (the trained model's) with exactly one primary stress: {@link #withPrimary}, then every
     * primary after the first becomes secondary.
     */
    static String onePrimary(String phonemes) {
        String placed = withPrimary(phonemes);
        int first = placed.indexOf(PRIMARY);
        if (first < 0) {
            return placed;
        }
        return placed.substring(0, first + 1) + placed.substring(first + 1).replace(PRIMARY, SECONDARY);
    }

    static boolean hasPrimary(String phonemes) {
        return phonemes.indexOf(PRIMARY) >= 0;
    }

    private static boolean isUnstressed(String phonemes) {
        return phonemes.indexOf(PRIMARY) < 0 && phonemes.indexOf(SECONDARY) < 0;
    }

    /** Moves each stress mark to just before the next vowel (espeak-ng sometimes puts it before the onset). */
    private static String beforeVowels(String phonemes) {
        StringBuilder out = new StringBuilder(phonemes.length());
        char pending = 0;
        for (int i = 0; i < phonemes.length(); i++) {
            char c = phonemes.charAt(i);
            if (c == PRIMARY || c == SECONDARY) {
                pending = pending == PRIMARY ? PRIMARY : c;
            } else {
                if (pending != 0 && VOWELS.indexOf(c) >= 0) {
                    out.append(pending);
                    pending = 0;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String markFirstVowel(String phonemes, char mark) {
        for (int i = 0; i < phonemes.length(); i++) {
            if (VOWELS.indexOf(phonemes.charAt(i)) >= 0) {
                return phonemes.substring(0, i) + mark + phonemes.substring(i);
            }
        }
        return phonemes;
    }
}
