package dev.kokoro.engine;

import java.util.Optional;

/**
 * What one model run produced.
 *
 * @param audio          24 kHz mono samples, nominally in [-1, 1]
 * @param tokenDurations frames per token, including the two pad tokens at index 0 and at the end (one
 *                       frame = {@link KokoroModel#SAMPLES_PER_FRAME} samples), when the export returns them
 */
public record ModelOutput(float[] audio, Optional<int[]> tokenDurations) {
}
