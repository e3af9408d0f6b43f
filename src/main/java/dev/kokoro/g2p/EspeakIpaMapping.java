package dev.kokoro.g2p;

import static java.util.Map.entry;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites espeak-ng IPA for the languages Kokoro reads through espeak-ng alone (es, fr, hi, it, pt-br)
 * into Kokoro's symbols. Kokoro keeps espeak's IPA for these languages almost as is; only the tied
 * multi-letter phonemes it has single symbols for are merged (aɪ→I, aʊ→W, eɪ→A, oʊ→O, əʊ→Q, ɔɪ→Y,
 * dz→ʣ, dʒ→ʤ, ts→ʦ, tʃ→ʧ, and Italian's geminate s^s→S). Other ties, espeak's language-switch flags
 * such as {@code (en)} around a foreign word (the foreign phonemes are kept) and the hyphens espeak
 * puts after clitics (French {@code ʒə-}) are removed.
 *
 * <p>Immutable and thread-safe.
 */
final class EspeakIpaMapping {
    private static final String T = String.valueOf(EspeakNg.TIE);
    private static final Pattern LANGUAGE_FLAG = Pattern.compile("\\([a-z0-9\\-" + Pattern.quote(T) + "]+\\)");

    private static final SymbolReplacer TIED = new SymbolReplacer(Map.ofEntries(
            entry("a" + T + "ɪ", "I"), entry("a" + T + "ʊ", "W"),
            entry("e" + T + "ɪ", "A"), entry("o" + T + "ʊ", "O"), entry("ə" + T + "ʊ", "Q"), entry("ɔ" + T + "ɪ", "Y"),
            entry("d" + T + "z", "ʣ"), entry("d" + T + "ʒ", "ʤ"), entry("t" + T + "s", "ʦ"), entry("t" + T + "ʃ", "ʧ"),
            entry("s" + T + "s", "S")));

    String toKokoro(String espeakIpa) {
        String unflagged = LANGUAGE_FLAG.matcher(espeakIpa).replaceAll("");
        return TIED.apply(unflagged).replace(T, "").replace("-", "");
    }
}
