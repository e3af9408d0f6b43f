package dev.kokoro.text;

/** Japanese and Chinese script, which writes words without spaces. */
public final class Cjk {
    /** One Han, Hiragana or Katakana character, or CJK punctuation, as a regular expression class. */
    public static final String CHAR = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\u30FC]";

    private Cjk() {
    }

    /** Whether a code point is one {@link #CHAR} matches. */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || cp >= 0x3000 && cp <= 0x303F || cp == 0x30FC;
    }

    /** {@link #isCjk}, or a full-width form (，！？ and full-width letters), as Chinese and Japanese text writes them. */
    public static boolean isCjkOrFullWidth(int cp) {
        return isCjk(cp) || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
