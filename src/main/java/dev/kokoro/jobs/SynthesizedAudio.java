package dev.kokoro.jobs;

import java.util.Objects;

/**
 * What a {@link JobSynthesizer} produced.
 *
 * @param audio           the encoded audio
 * @param format          its format id
 * @param durationSeconds how long it plays
 */
public record SynthesizedAudio(byte[] audio, String format, double durationSeconds) {
    public SynthesizedAudio {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(format, "format");
    }
}
