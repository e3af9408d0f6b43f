package dev.kokoro.cli;

import java.util.Arrays;

/** Summaries of a benchmark's repeated measurements. */
final class Samples {
    private Samples() {
    }

    /** The middle value (the upper one of an even count). */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
