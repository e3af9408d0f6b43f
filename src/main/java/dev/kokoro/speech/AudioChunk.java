package dev.kokoro.speech;

/**
 * A piece of finished audio: 24 kHz mono 16-bit samples, including the gap that follows it.
 *
 * @param samples the PCM samples
 * @param tokens  phoneme tokens the model spoke for it (0 for an inserted pause)
 */
public record AudioChunk(short[] samples, int tokens) {
}
