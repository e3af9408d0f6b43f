package dev.kokoro.bench;

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

    /** The nearest-rank percentile: the smallest value that at least {@code percent} % of the values do not exceed. */
    static double percentile(double[] values, double percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
