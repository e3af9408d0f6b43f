package dev.kokoro.api;

import dev.kokoro.audio.Pcm;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.speech.SpeechStream;

/**
 * The most audio an answer that is not streamed may hold: such an answer is buffered whole in memory before it is
 * sent, so without a bound a few slow, long requests fill the heap. Immutable.
 *
 * @param maxSeconds seconds of audio, at any sample rate
 */
record WholeFileLimit(int maxSeconds) {
    WholeFileLimit {
        if (maxSeconds < 1) throw new IllegalArgumentException("maxSeconds must be positive, was " + maxSeconds);
    }

    /**
     * Stops a synthesis whose audio will clearly not fit: once what is planned so far can only make more (text is
     * planned well ahead of synthesis), or once what was made passes the limit. Nothing has been sent yet, so the
     * client still gets a proper 400.
     *
     * @throws InvalidInputException naming the input, with a hint to stream
     */
    void check(SpeechStream stream) {
        if (stream.plannedLeastSamples() > (long) maxSeconds * Pcm.SAMPLE_RATE) {
            throw new InvalidInputException("The input makes more than " + maxSeconds + " seconds of audio, the most "
                    + "an answer that is not streamed may hold: ask for it with \"stream\": true, or send less text.",
                    "input", "audio_too_long");
        }
    }
}
