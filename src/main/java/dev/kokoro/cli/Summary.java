package dev.kokoro.cli;

import java.util.Locale;

/** The closing line of a verb that made audio: how much, how fast, and where it went. */
final class Summary {
    private Summary() {
    }

    /**
     * E.g. {@code 12.34 s of audio in 4.10 s (3.01x real time) → tts_output.wav}; the wall time counts
     * from the start of synthesis, so loading the model does not blur the real-time factor.
     */
    static String line(double audioSeconds, double wallSeconds, String destination) {
        return String.format(Locale.ROOT, "%.2f s of audio in %.2f s (%.2fx real time) → %s", audioSeconds,
                wallSeconds, wallSeconds > 0 ? audioSeconds / wallSeconds : 0, destination);
    }

    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
