package dev.kokoro.jobs;

import java.util.Objects;

/**
 * The audio a job produced.
 *
 * @param audio            the encoded audio
 * @param format           its format id ({@code wav}, {@code mp3}, ...)
 * @param durationSeconds  how long it plays
 * @param synthesisSeconds how long synthesizing it took
 */
public record JobResult(byte[] audio, String format, double durationSeconds, double synthesisSeconds) {
    public JobResult {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(format, "format");
    }
}
