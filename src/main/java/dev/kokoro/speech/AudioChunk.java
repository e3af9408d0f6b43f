package dev.kokoro.speech;

import java.util.List;

/**
 * A piece of finished audio: 24 kHz mono 16-bit samples, including the gap that follows it.
 *
 * @param samples the PCM samples
 * @param tokens  phoneme tokens the model spoke for it (0 for an inserted pause)
 * @param words   the written words heard in it, in order, timed from its first sample
 */
public record AudioChunk(short[] samples, int tokens, List<WordTiming> words) {
    AudioChunk shiftedBy(long samplesBefore) {
        return new AudioChunk(samples, tokens, words.stream().map(w -> w.shiftedBy(samplesBefore)).toList());
    }
}
