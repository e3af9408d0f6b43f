package dev.kokoro;

import dev.kokoro.audio.Pcm;
import java.util.List;

/**
 * A piece of audio as it is made: 24 kHz mono 16-bit samples.
 *
 * @param index         0 for the first chunk of a synthesis, then 1, 2…
 * @param samples       the samples
 * @param startSeconds  where the chunk starts in the whole audio
 * @param words         the words heard in it, timed from the start of the whole audio
 */
public record SpeechChunk(int index, short[] samples, double startSeconds, List<WordTime> words) {
    public SpeechChunk {
        words = List.copyOf(words);
    }

    /** The samples as floats from -1 to 1. */
    public float[] floatSamples() {
        return Pcm.toFloat(samples);
    }

    /** How long the chunk lasts. */
    public double seconds() {
        return (double) samples.length / Kokoro.SAMPLE_RATE;
    }
}
