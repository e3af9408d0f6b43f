package dev.kokoro.g2p;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Pronounces a word the lexicon lacks from a stem it has, as misaki does for -s, -ed and -ing, plus -ly, -er
 * and -est: "googled" is ɡˈuɡᵊl + d, "CPUs" is the spelled CPU + z. The ending's sound follows the stem's
 * last sound (cats -s, dogs -z, boxes -ᵻz; jumped -t, played -d, wanted -ᵻd), and the usual spelling changes
 * are undone to find the stem: dropped e (hoping ← hope), doubled consonant (zipping ← zip), y → i
 * (babies ← baby).
 *
 * <p>Immutable and thread-safe.
 */
final class Inflection {
    private static final Pattern DOUBLED_BEFORE_ING = Pattern.compile(".*([bcdgklmnprstvxz])\\1ing|.*cking");
    private static final Pattern DOUBLED_BEFORE_ED = Pattern.compile(".*([bdgklmnprtvz])\\1ed");
    private static final Pattern DOUBLED_BEFORE_ER = Pattern.compile(".*([bdgmnpt])\\1(er|est)");
    /** American vowels after which t is flapped (misaki's US_TAUS): "chatting" is ʧˈæɾɪŋ. */
    private static final String FLAPPING = "AIOWYiuæɑəɛɪɹʊʌ";

    private final boolean british;

    Inflection(boolean british) {
        this.british = british;
    }

    /**
     * The pronunciation of {@code word} built on a known stem, or null when no ending fits.
     *
     * @param stem the stem's pronunciation, or null when the lexicon does not know it
     */
    String pronounce(String word, UnaryOperator<String> stem) {
        String phonemes = plural(word, stem);
        if (phonemes == null) {
            phonemes = past(word, stem);
        }
        if (phonemes == null) {
            phonemes = progressive(word, stem);
        }
        if (phonemes == null) {
            phonemes = adverb(word, stem);
        }
        if (phonemes == null) {
            phonemes = comparative(word, stem);
        }
        return phonemes;
    }

    private String plural(String word, UnaryOperator<String> stem) {
        if (word.length() < 3 || !word.endsWith("s")) {
            return null;
        }
        String base = word.endsWith("ss") ? null : stem.apply(word.substring(0, word.length() - 1));
        if (base == null && (word.endsWith("'s") || word.length() > 4 && word.endsWith("es") && !word.endsWith("ies"))) {
            base = stem.apply(word.substring(0, word.length() - 2));
        }
        if (base == null && word.length() > 4 && word.endsWith("ies")) {
            base = stem.apply(word.substring(0, word.length() - 3) + "y");
        }
        return base == null ? null : withS(base);
    }

    private String withS(String stem) {
        char last = lastSound(stem);
        if ("ptkfθ".indexOf(last) >= 0) {
            return stem + "s";
        } else if ("szʃʒʧʤ".indexOf(last) >= 0) {
            return stem + (british ? "ɪz" : "ᵻz");
        }
        return stem + "z";
    }

    private String past(String word, UnaryOperator<String> stem) {
        if (word.length() < 4 || !word.endsWith("d")) {
            return null;
        }
        String base = word.endsWith("dd") ? null : stem.apply(word.substring(0, word.length() - 1));
        if (base == null && word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed")) {
            base = stem.apply(word.substring(0, word.length() - 2));
        }
        if (base == null && word.length() > 5 && word.endsWith("ied")) {
            base = stem.apply(word.substring(0, word.length() - 3) + "y");
        }
        if (base == null && DOUBLED_BEFORE_ED.matcher(word).matches()) {
            base = stem.apply(word.substring(0, word.length() - 3));
        }
        return base == null ? null : withEd(base);
    }

    private String withEd(String stem) {
        char last = lastSound(stem);
        if ("pkfθʃsʧ".indexOf(last) >= 0) {
            return stem + "t";
        } else if (last == 'd') {
            return stem + (british ? "ɪd" : "ᵻd");
        } else if (last != 't') {
            return stem + "d";
        } else if (british || stem.length() < 2) {
            return stem + "ɪd";
        } else if (FLAPPING.indexOf(stem.charAt(stem.length() - 2)) >= 0) {
            return stem.substring(0, stem.length() - 1) + "ɾᵻd";
        }
        return stem + "ᵻd";
    }

    private String progressive(String word, UnaryOperator<String> stem) {
        if (word.length() < 5 || !word.endsWith("ing")) {
            return null;
        }
        String root = word.substring(0, word.length() - 3);
        String base = word.length() > 5 ? stem.apply(root) : null;
        if (base == null) {
            base = stem.apply(root + "e");
        }
        if (base == null && word.length() > 5 && DOUBLED_BEFORE_ING.matcher(word).matches()) {
            base = stem.apply(word.substring(0, word.length() - 4));
        }
        return base == null ? null : Stress.secondaryIfUnstressed(withIng(nonSyllabic(base), root));
    }

    private String withIng(String stem, String root) {
        char last = lastSound(stem);
        if (british && (last == 'ə' || last == 'ː') && root.endsWith("r")) {
            // A British stem ending in a vowel spelled with r gets its r back before a vowel: fearing fˈɪəɹɪŋ.
            return stem + "ɹɪŋ";
        } else if (!british && last == 't' && stem.length() > 1 && FLAPPING.indexOf(stem.charAt(stem.length() - 2)) >= 0) {
            return stem.substring(0, stem.length() - 1) + "ɾɪŋ";
        }
        return stem + "ɪŋ";
    }

    private static String adverb(String word, UnaryOperator<String> stem) {
        if (word.length() < 5 || !word.endsWith("ly")) {
            return null;
        }
        String base = stem.apply(word.substring(0, word.length() - 2));
        if (base != null) {
            return base + "li";
        }
        if (word.endsWith("ily")) {
            base = stem.apply(word.substring(0, word.length() - 3) + "y");
            if (base != null && base.endsWith("i")) {
                return base.substring(0, base.length() - 1) + "əli";
            }
        }
        return null;
    }

    private String comparative(String word, UnaryOperator<String> stem) {
        boolean superlative = word.endsWith("est");
        if (word.length() < 5 || !superlative && !word.endsWith("er")) {
            return null;
        }
        String root = word.substring(0, word.length() - (superlative ? 3 : 2));
        String base = stem.apply(root);
        if (base == null) {
            base = stem.apply(root + "e");
        }
        if (base == null && DOUBLED_BEFORE_ER.matcher(word).matches()) {
            base = stem.apply(root.substring(0, root.length() - 1));
        }
        if (base == null && root.endsWith("i")) {
            base = stem.apply(root.substring(0, root.length() - 1) + "y");
        }
        if (base == null) {
            return null;
        }
        if (superlative) {
            return base + (british ? "ɪst" : "ᵻst");
        }
        return nonSyllabic(base) + (british ? "ə" : "əɹ");
    }

    /** A syllabic l or n loses its syllable before a vowel: google ɡˈuɡᵊl, googling ɡˈuɡlɪŋ. */
    private static String nonSyllabic(String stem) {
        int n = stem.length();
        return n > 2 && stem.charAt(n - 2) == 'ᵊ' && "ln".indexOf(stem.charAt(n - 1)) >= 0
                ? stem.substring(0, n - 2) + stem.charAt(n - 1) : stem;
    }

    private static char lastSound(String phonemes) {
        return phonemes.isEmpty() ? 0 : phonemes.charAt(phonemes.length() - 1);
    }
}
