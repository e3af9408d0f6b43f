package dev.kokoro.g2p.ja;

/**
 * One word of Japanese text as the morphological analyser splits it.
 *
 * @param surface       the text as written
 * @param pronunciation how it is said, in katakana with ー for long vowels and the particles は/へ/を as
 *                      ワ/エ/オ (UniDic's pronunciation field); empty when the dictionary does not know the
 *                      word or it is a symbol
 * @param lemmaReading  the reading of its dictionary form in katakana ({@code 本} is ホン even where it is
 *                      said ポン); empty when unknown
 * @param partOfSpeech  UniDic's first part-of-speech level ({@code 名詞}, {@code 助詞}, {@code 補助記号} ...)
 * @param subcategory   UniDic's second level ({@code 数詞} for numerals, {@code 空白} for spaces ...)
 */
record Morpheme(String surface, String pronunciation, String lemmaReading, String partOfSpeech, String subcategory) {
    boolean isNumeral() {
        return "数詞".equals(subcategory);
    }

    boolean isSpace() {
        return surface.isBlank();
    }
}
