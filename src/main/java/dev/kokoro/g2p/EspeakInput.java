package dev.kokoro.g2p;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/**
 * What may be handed to espeak-ng: letters of the Latin script (every voice here reads Latin words, switching
 * to English for them where it must), of the voice's own script (Devanagari for Hindi), combining marks,
 * digits, and the punctuation of sentences and words. Everything else (kana, Han, Hangul, Cyrillic, emoji,
 * symbols such as $ % + =) becomes a space.
 *
 * <p>Why: given a run of letters its voice does not read, espeak-ng 1.51 switches to the voice of their
 * language word by word, and after enough such switches in one process it writes past a buffer and the
 * process dies (a SIGSEGV, or glibc's "buffer overflow detected" abort) — for a server, any client could end
 * it. Symbols do the same: the Hindi voice reads $, %, *, + or = through another language, and 12 000 short
 * texts of them crashed every run. The G2Ps for those scripts are not espeak-ng's anyway, and the normalizer
 * has already turned the symbols it knows into words.
 */
final class EspeakInput {
    /** The punctuation espeak-ng may see: it marks pauses and joins words, and no voice reads it aloud. */
    private static final String SAFE_PUNCTUATION = ".,;:!?'’‘\"“”«»()-–—…";

    private EspeakInput() {
    }

    /** The text with every character espeak-ng should not be given replaced by a space. */
    static String safe(String text, String voice) {
        UnicodeScript own = ownScript(voice);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!allowed(cp, own)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(' ');
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean allowed(int cp, UnicodeScript own) {
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.LATIN || script == UnicodeScript.INHERITED || script == own
                || Character.isDigit(cp) || Character.isWhitespace(cp) || SAFE_PUNCTUATION.indexOf(cp) >= 0;
    }

    /** The script a voice reads besides Latin; Latin itself for the Latin-script languages. */
    private static UnicodeScript ownScript(String voice) {
        return voice.toLowerCase(Locale.ROOT).startsWith("hi") ? UnicodeScript.DEVANAGARI : UnicodeScript.LATIN;
    }
}
