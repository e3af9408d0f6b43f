package dev.kokoro.scheduling;

/**
 * How fast the workers make audio, from the most recent chunks' own timings: seconds of speech produced per
 * second a worker spent on them. Its product with the number of workers is the number of live streams the
 * hardware keeps ahead of real time, each listener hearing one second of audio per second. Recent chunks,
 * not a benchmark at start-up, because the speed depends on the machine's other load, the voice and the chunk
 * sizes in use. Not thread-safe: the scheduler calls it under its lock.
 */
final class Throughput {
    /** Chunks remembered: enough to smooth out a short first chunk, few enough to follow a change of load. */
    static final int WINDOW = 32;
    /** Chunks measured before the capacity is trusted; until then only the hard cap applies. */
    static final int MIN_CHUNKS = 4;

    private final double[] audioSeconds = new double[WINDOW];
    private final long[] runNanos = new long[WINDOW];
    private long recorded;

    /**
     * Records one chunk run to its end.
     *
     * @param seconds seconds of speech it made; pauses count 0, as they cost nothing to make
     */
    void record(double seconds, long nanos) {
        int at = (int) (recorded % WINDOW);
        audioSeconds[at] = seconds;
        runNanos[at] = nanos;
        recorded++;
    }

    /** Seconds of speech per worker second over the recent chunks, or 0 before {@link #MIN_CHUNKS} were timed. */
    double realTimeFactor() {
        int n = (int) Math.min(recorded, WINDOW);
        if (n < MIN_CHUNKS) {
            return 0;
        }
        double audio = 0;
        long nanos = 0;
        for (int i = 0; i < n; i++) {
            audio += audioSeconds[i];
            nanos += runNanos[i];
        }
        return nanos == 0 ? 0 : audio / (nanos / 1e9);
    }

    /**
     * The live streams {@code workers} keep ahead of real time, at least 1 (one stream is always served, however
     * slowly), at most {@code limit}; {@code limit} before anything was measured.
     */
    int liveStreams(int workers, int limit) {
        double factor = realTimeFactor();
        if (factor == 0) {
            return limit;
        }
        return (int) Math.max(1, Math.min(limit, Math.floor(factor * workers)));
    }
}
