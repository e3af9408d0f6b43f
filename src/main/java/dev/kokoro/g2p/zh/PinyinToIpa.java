package dev.kokoro.g2p.zh;

import java.util.List;
import java.util.Map;

/**
 * Pinyin syllables in Kokoro's phonemes, as Kokoro v1.0 learned them from misaki's first-generation Chinese
 * G2P: the IPA table of the {@code pinyin_to_ipa} package (first variant of each sound), its tone letters
 * turned into arrows (→ first tone, ↗ second, ↓ third, ↘ fourth, nothing for the neutral tone) written right
 * after the syllable's vowel, the syllabic {@code ɻ̩}/{@code ɹ̩} of zhi, chi, shi, ri, zi, ci, si written
 * {@code ɨ}, and the non-syllabic mark of diphthongs dropped ({@code au̯} is {@code au}).
 *
 * <p>Stateless and thread-safe.
 */
final class PinyinToIpa {
    /** Initials, two-letter ones first so that {@code zh} is not read as {@code z}. */
    static final List<String> INITIALS = List.of("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
            "h", "j", "q", "x", "r", "z", "c", "s");

    private static final Map<String, String> INITIAL_IPA = Map.ofEntries(
            Map.entry("b", "p"), Map.entry("p", "pʰ"), Map.entry("m", "m"), Map.entry("f", "f"),
            Map.entry("d", "t"), Map.entry("t", "tʰ"), Map.entry("n", "n"), Map.entry("l", "l"),
            Map.entry("g", "k"), Map.entry("k", "kʰ"), Map.entry("h", "x"),
            Map.entry("j", "ʨ"), Map.entry("q", "ʨʰ"), Map.entry("x", "ɕ"),
            Map.entry("zh", "ꭧ"), Map.entry("ch", "ꭧʰ"), Map.entry("sh", "ʂ"), Map.entry("r", "ɻ"),
            Map.entry("z", "ʦ"), Map.entry("c", "ʦʰ"), Map.entry("s", "s"));

    /**
     * Finals in their full (strict) spelling: the phonemes before the tone arrow and after it. {@code o} is
     * {@code wo} (bo, po, mo, fo, lo), as in pinyin_to_ipa.
     */
    static final Map<String, Sounds> FINALS = Map.ofEntries(
            Map.entry("a", new Sounds("a", "")), Map.entry("ai", new Sounds("ai", "")),
            Map.entry("an", new Sounds("a", "n")), Map.entry("ang", new Sounds("a", "ŋ")),
            Map.entry("ao", new Sounds("au", "")), Map.entry("e", new Sounds("ɤ", "")),
            Map.entry("ei", new Sounds("ei", "")), Map.entry("en", new Sounds("ə", "n")),
            Map.entry("eng", new Sounds("ə", "ŋ")), Map.entry("o", new Sounds("wo", "")),
            Map.entry("ou", new Sounds("ou", "")), Map.entry("ong", new Sounds("ʊ", "ŋ")),
            Map.entry("i", new Sounds("i", "")), Map.entry("ia", new Sounds("ja", "")),
            Map.entry("ian", new Sounds("jɛ", "n")), Map.entry("iang", new Sounds("ja", "ŋ")),
            Map.entry("iao", new Sounds("jau", "")), Map.entry("ie", new Sounds("je", "")),
            Map.entry("in", new Sounds("i", "n")), Map.entry("ing", new Sounds("i", "ŋ")),
            Map.entry("iou", new Sounds("jou", "")), Map.entry("iong", new Sounds("jʊ", "ŋ")),
            Map.entry("u", new Sounds("u", "")), Map.entry("ua", new Sounds("wa", "")),
            Map.entry("uai", new Sounds("wai", "")), Map.entry("uan", new Sounds("wa", "n")),
            Map.entry("uang", new Sounds("wa", "ŋ")), Map.entry("uei", new Sounds("wei", "")),
            Map.entry("uen", new Sounds("wə", "n")), Map.entry("ueng", new Sounds("wə", "ŋ")),
            Map.entry("uo", new Sounds("wo", "")),
            Map.entry("ü", new Sounds("y", "")), Map.entry("üe", new Sounds("ɥe", "")),
            Map.entry("üan", new Sounds("ɥɛ", "n")), Map.entry("ün", new Sounds("y", "n")));

    /** The apical vowel of zhi, chi, shi, ri, zi, ci, si (pinyin_to_ipa's ɻ̩ and ɹ̩, which misaki writes ɨ). */
    private static final Sounds APICAL_I = new Sounds("ɨ", "");

    /** Syllables read whole: interjections and syllabic nasals. */
    static final Map<String, Sounds> WHOLE_SYLLABLES = Map.ofEntries(
            Map.entry("er", new Sounds("ɚ", "")), Map.entry("o", new Sounds("ɔ", "")),
            Map.entry("ê", new Sounds("ɛ", "")), Map.entry("io", new Sounds("jɔ", "")),
            Map.entry("m", new Sounds("m", "")), Map.entry("n", new Sounds("n", "")),
            Map.entry("ng", new Sounds("ŋ", "")), Map.entry("hm", new Sounds("hm", "")),
            Map.entry("hng", new Sounds("hŋ", "")));

    /** The phonemes of a syllable around its tone: those before the arrow and those after. */
    record Sounds(String beforeTone, String afterTone) {
    }

    /**
     * The syllable in Kokoro's phonemes, e.g. {@code hang2} → {@code xa↗ŋ}, or the empty string for letters
     * that are no pinyin syllable.
     */
    String toKokoro(Syllable syllable) {
        Sounds sounds = soundsOf(syllable.letters());
        return sounds == null ? "" : sounds.beforeTone() + arrow(syllable.tone()) + sounds.afterTone();
    }

    /** The tone arrow misaki writes for a tone (1 to 5); the neutral tone has none. */
    static String arrow(int tone) {
        return switch (tone) {
            case 1 -> "→";
            case 2 -> "↗";
            case 3 -> "↓";
            case 4 -> "↘";
            case Syllable.NEUTRAL -> "";
            default -> throw new IllegalArgumentException("no tone " + tone);
        };
    }

    private static Sounds soundsOf(String letters) {
        Sounds whole = WHOLE_SYLLABLES.get(letters);
        if (whole != null) {
            return whole;
        }
        if (letters.startsWith("y") || letters.startsWith("w")) {
            return FINALS.get(finalWithoutInitial(letters));
        }
        for (String initial : INITIALS) {
            if (letters.startsWith(initial) && letters.length() > initial.length()) {
                Sounds rhyme = rhymeAfter(initial, letters.substring(initial.length()));
                return rhyme == null ? null
                        : new Sounds(INITIAL_IPA.get(initial) + rhyme.beforeTone(), rhyme.afterTone());
            }
        }
        return FINALS.get(letters);
    }

    /** The strict final of a syllable spelled with y or w in place of an initial: you → iou, wei → uei. */
    private static String finalWithoutInitial(String letters) {
        String rest = letters.substring(1);
        if (letters.charAt(0) == 'w') {
            return rest.equals("u") ? "u" : "u" + rest;
        }
        return switch (rest) {
            case "i", "in", "ing" -> rest;
            // pinyin_to_ipa reads yo (哟) with the final o, like bo.
            case "o" -> "o";
            case "u", "ue", "uan", "un" -> "ü" + rest.substring(1);
            default -> rest.startsWith("i") ? rest : "i" + rest;
        };
    }

    /** The sounds of the final after an initial, with pinyin's shortened spellings undone. */
    private static Sounds rhymeAfter(String initial, String spelled) {
        String rhyme = switch (spelled) {
            case "iu" -> "iou";
            case "ui" -> "uei";
            case "un" -> "uen";
            default -> spelled;
        };
        switch (initial) {
            case "j", "q", "x" -> {
                // After j, q, x a written u is ü.
                if (rhyme.startsWith("u")) {
                    rhyme = "ü" + (spelled.equals("un") ? "n" : spelled.substring(1));
                }
            }
            case "zh", "ch", "sh", "r", "z", "c", "s" -> {
                if (rhyme.equals("i")) {
                    return APICAL_I;
                }
            }
            default -> {
            }
        }
        return FINALS.get(rhyme.replace('v', 'ü'));
    }
}
