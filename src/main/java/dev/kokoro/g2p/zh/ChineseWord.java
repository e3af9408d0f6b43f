package dev.kokoro.g2p.zh;

import java.util.List;

/** A word as the segmenter cut it, with the pinyin read for it, one syllable per character. */
public record ChineseWord(String text, List<Syllable> syllables) {
    public ChineseWord {
        syllables = List.copyOf(syllables);
    }
}
