package dev.kokoro.text.markup;

/**
 * One piece of a request's input after inline markup is parsed: text to normalize and speak, a
 * pause, or a word with caller-given phonemes. Immutable.
 */
public sealed interface Segment permits TextSegment, PauseSegment, PhonemeSegment {
}
