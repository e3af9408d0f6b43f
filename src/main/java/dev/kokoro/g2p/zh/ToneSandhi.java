package dev.kokoro.g2p.zh;

import java.util.List;

/**
 * Tone changes between the words of a stretch of Chinese text, applied after the dictionary reading.
 *
 * <p>Kokoro v1.0 was trained on misaki's first-generation Chinese phonemes, which apply none: {@link #NONE}.
 * The v1.1-zh model learned misaki's second generation, which rewrites third-tone runs, 一 and 不 and
 * reduplications; an implementation of this interface is where that belongs.
 */
@FunctionalInterface
public interface ToneSandhi {
    /** The dictionary tones unchanged, as Kokoro v1.0 expects. */
    ToneSandhi NONE = words -> words;

    /** The words with their syllables' tones changed as speech changes them; same words, same order. */
    List<ChineseWord> apply(List<ChineseWord> words);
}
