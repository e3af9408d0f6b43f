package dev.kokoro.api;

import dev.kokoro.audio.Pcm;
import dev.kokoro.metrics.RequestMeters;
import java.util.Locale;

/**
 * What a speech request did, for its one log line and its meters. Filled in by the handler as it goes; its times
 * count from its creation, when the synthesis starts.
 */
final class SynthesisSummary {
    static final String ATTRIBUTE = "kokoro.synthesis";
    private static final String OK = "ok";

    private final long startNanos = System.nanoTime();
    private final String voice;
    private final String format;
    private final int inputChars;
    private long firstByteNanos = -1;
    private int tokens;
    private int chunks;
    private double audioSeconds;
    private String outcome = OK;

    SynthesisSummary(String voice, String format, int inputChars) {
        this.voice = voice;
        this.format = format;
        this.inputChars = inputChars;
    }

    /** Audio bytes reached the client: the first time, that is the time to first audio. */
    void firstByte() {
        if (firstByteNanos < 0) {
            firstByteNanos = System.nanoTime() - startNanos;
        }
    }

    void progress(int tokens, int chunks, long samples) {
        this.tokens = tokens;
        this.chunks = chunks;
        this.audioSeconds = (double) samples / Pcm.SAMPLE_RATE;
    }

    void outcome(String outcome) {
        this.outcome = outcome;
    }

    String format() {
        return format;
    }

    /**
     * Records the synthesis once its answer is over: the time to its first audio when some went out, and its
     * duration and real-time factor when it ran to its end.
     *
     * @param failed whether the request ended with an error answer
     */
    void record(RequestMeters meters, String route, boolean failed) {
        if (firstByteNanos >= 0) {
            meters.firstAudio(route, format, firstByteNanos);
        }
        if (!failed && OK.equals(outcome)) {
            meters.completed(route, format, System.nanoTime() - startNanos, audioSeconds);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "voice=%s format=%s chars=%d tokens=%d chunks=%d audio=%.2fs first_byte=%s %s",
                voice, format, inputChars, tokens, chunks, audioSeconds,
                firstByteNanos < 0 ? "-" : String.format(Locale.ROOT, "%.0fms", firstByteNanos / 1e6), outcome);
    }
}
