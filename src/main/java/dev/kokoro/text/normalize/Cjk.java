package dev.kokoro.text.normalize;

/** Japanese and Chinese script, which writes words without spaces. */
final class Cjk {
    /** One Han, Hiragana or Katakana character, or CJK punctuation. */
    static final String CHAR = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\u30FC]";

    private Cjk() {
    }
}
