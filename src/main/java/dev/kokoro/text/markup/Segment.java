package dev.kokoro.text.markup;

/**
 * One piece of a request's input after inline markup is parsed: text to normalize and speak, a
 * pause, a word with caller-given phonemes, or a change of speaker or pace. Immutable.
 */
public sealed interface Segment permits TextSegment, PauseSegment, PhonemeSegment, VoiceSegment, RateSegment {
}
