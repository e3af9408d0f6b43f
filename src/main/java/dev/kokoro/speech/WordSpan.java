package dev.kokoro.speech;

/** The phoneme tokens [from, to) of a model call that say a word (from == to: the word has no sound). */
public record WordSpan(CaptionWord word, int from, int to) {
}
