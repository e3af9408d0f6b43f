package dev.kokoro.g2p;

import static java.util.Map.entry;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites espeak-ng's English IPA ({@link EspeakNg} output, ties included) into misaki's English phoneme
 * set, the one Kokoro's English voices were trained on.
 *
 * <p>The facts it encodes, after misaki's documented phoneme set: diphthongs become one capital letter
 * (eɪ→A, aɪ→I, aʊ→W, ɔɪ→Y, American oʊ→O, British əʊ→Q); affricates one letter (dʒ→ʤ, tʃ→ʧ); a syllabic
 * consonant gets a small schwa in front (n̩→ᵊn, ə^l→ᵊl); r-coloured ɚ is spelled əɹ and any r is ɹ.
 * American English keeps no length marks and writes the NURSE vowel ɜɹ, British English keeps ː,
 * spells the SQUARE vowel ɛː, NEAR ɪə and TRAP a (en-gb-x-rp says æ). Sounds English lacks fold to
 * the nearest English one (x, ç → k; ɬ, ɫ → l; ʍ → w; nasalisation dropped); British English, which has
 * no ᵻ, writes it ɪ. espeak-ng before 1.52 writes o where
 * misaki has ɔ.
 *
 * <p>Unlike misaki's table, British e^ə is matched before the bare e→A rule, so "hair" comes out hɛː as
 * in the British lexicon rather than hAə.
 *
 * <p>Immutable and thread-safe.
 */
final class EnglishIpaMapping {
    private static final String T = String.valueOf(EspeakNg.TIE);
    private static final Pattern SYLLABIC = Pattern.compile("(\\S)\u0329");

    private static final Map<String, String> SHARED = Map.ofEntries(
            // A glottal stop before syllabic n (button, cotton) is how misaki's lexicon writes it: ʔn.
            entry("ʔn\u0329", "ʔn"), entry("ʔˌn\u0329", "ʔn"),
            entry("a" + T + "ɪ", "I"), entry("a" + T + "ʊ", "W"), entry("e" + T + "ɪ", "A"), entry("ɔ" + T + "ɪ", "Y"),
            entry("d" + T + "ʒ", "ʤ"), entry("t" + T + "ʃ", "ʧ"),
            entry("ə" + T + "l", "ᵊl"),
            entry("e", "A"), entry("ɚ", "əɹ"), entry("r", "ɹ"), entry("ɐ", "ə"), entry("o", "ɔ"),
            entry("x", "k"), entry("ç", "k"), entry("ɬ", "l"), entry("ɫ", "l"), entry("ʍ", "w"),
            entry("ʲo", "jɔ"), entry("ʲə", "jə"), entry("ʲ", ""),
            entry("\u0303", ""));

    private static final Map<String, String> AMERICAN = Map.ofEntries(
            entry("o" + T + "ʊ", "O"),
            entry("ɜːɹ", "ɜɹ"), entry("ɜː", "ɜɹ"), entry("ɝ", "ɜɹ"),
            entry("ɪ" + T + "ə", "iə"), entry("ɪə", "iə"),
            entry("ː", ""));

    private static final Map<String, String> BRITISH = Map.ofEntries(
            entry("ə" + T + "ʊ", "Q"),
            entry("e" + T + "ə", "ɛː"),
            entry("i" + T + "ə", "ɪə"), entry("iə", "ɪə"),
            entry("æ", "a"), entry("ɝ", "ɜː"),
            // British Kokoro has no ᵻ (misaki's GB set lacks it); its reduced vowel is ɪ.
            entry("ᵻ", "ɪ"));

    private final SymbolReplacer replacer;

    EnglishIpaMapping(boolean british) {
        Map<String, String> table = new HashMap<>(SHARED);
        table.putAll(british ? BRITISH : AMERICAN);
        this.replacer = new SymbolReplacer(table);
    }

    /** misaki phonemes for espeak-ng IPA; symbols outside misaki's set may remain and are the caller's to drop. */
    String toMisaki(String espeakIpa) {
        String mapped = replacer.apply(espeakIpa);
        mapped = SYLLABIC.matcher(mapped).replaceAll("ᵊ$1").replace("\u0329", "");
        return mapped.replace(T, "");
    }
}
