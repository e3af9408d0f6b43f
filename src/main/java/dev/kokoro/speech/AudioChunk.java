package dev.kokoro.speech;

import dev.kokoro.audio.Pcm;
import java.util.List;

/**
 * A piece of finished audio: 24 kHz mono 16-bit samples, including the gap that follows it.
 *
 * @param samples the PCM samples
 * @param tokens  phoneme tokens the model spoke for it (0 for an inserted pause)
 * @param words   the written words heard in it, in order, timed from its first sample
 */
public record AudioChunk(short[] samples, int tokens, List<WordTiming> words) {
    /**
     * Seconds of speech the model made for it: 0 for an inserted pause, which costs nothing to make, so that the
     * scheduler's throughput measures the model alone.
     */
    public double spokenSeconds() {
        return tokens == 0 ? 0 : (double) samples.length / Pcm.SAMPLE_RATE;
    }

    AudioChunk shiftedBy(long samplesBefore) {
        return new AudioChunk(samples, tokens, words.stream().map(w -> w.shiftedBy(samplesBefore)).toList());
    }
}
