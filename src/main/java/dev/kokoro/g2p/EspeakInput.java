package dev.kokoro.g2p;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/**
 * What may be handed to espeak-ng: letters of the Latin script (every voice here reads Latin words, switching
 * to English for them where it must), of the voice's own script (Devanagari for Hindi), combining marks, and
 * punctuation, digits and currency signs up to the General Punctuation and Currency blocks. Other letters and
 * symbols (kana, Han, Hangul, Cyrillic, emoji …) become spaces.
 *
 * <p>Why: given a run of letters its voice does not read, espeak-ng 1.51 switches to the voice of their
 * language word by word, and after enough such switches in one process it writes past a buffer and the
 * process dies (a SIGSEGV, or glibc's "buffer overflow detected" abort) — for a server, any client could end
 * it. The G2Ps for those scripts are not espeak-ng's anyway: what it would say is "Japanese letter".
 */
final class EspeakInput {
    /** The end of the Currency Symbols block: below it, Common-script characters are punctuation, digits, signs. */
    private static final int LAST_SAFE_COMMON = 0x20CF;

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
                || (script == UnicodeScript.COMMON && cp <= LAST_SAFE_COMMON);
    }

    /** The script a voice reads besides Latin; Latin itself for the Latin-script languages. */
    private static UnicodeScript ownScript(String voice) {
        return voice.toLowerCase(Locale.ROOT).startsWith("hi") ? UnicodeScript.DEVANAGARI : UnicodeScript.LATIN;
    }
}
