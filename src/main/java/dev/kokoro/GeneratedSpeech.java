package dev.kokoro;

import dev.kokoro.audio.AudioFormat;
import dev.kokoro.audio.Pcm;
import java.io.IOException;
import java.util.List;

/**
 * The whole audio of a text: 24 kHz mono 16-bit samples and when each word is heard.
 *
 * @param samples    the samples
 * @param sampleRate samples per second, {@link Kokoro#SAMPLE_RATE}
 * @param words      the words of the input in order, timed from the start
 */
public record GeneratedSpeech(short[] samples, int sampleRate, List<WordTime> words) {
    public GeneratedSpeech {
        words = List.copyOf(words);
    }

    /** The samples as floats from -1 to 1. */
    public float[] floatSamples() {
        return Pcm.toFloat(samples);
    }

    /** How long the audio lasts. */
    public double seconds() {
        return (double) samples.length / sampleRate;
    }

    /** The audio as a file in {@code format}, e.g. {@code speech.encode(AudioFormat.WAV)}. */
    public byte[] encode(AudioFormat format) throws IOException {
        return format.encodeWhole(samples);
    }
}
