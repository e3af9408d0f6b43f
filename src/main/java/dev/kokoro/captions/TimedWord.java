package dev.kokoro.captions;

/** A word as written and when it is heard, in seconds from the start of the audio. */
public record TimedWord(String text, double start, double end) {
}
