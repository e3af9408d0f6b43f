package dev.kokoro.api;

import dev.kokoro.audio.Pcm;
import java.util.Locale;

/** What a speech request did, for its one log line. Filled in by the handler as it goes. */
final class SynthesisSummary {
    static final String ATTRIBUTE = "kokoro.synthesis";

    private final String voice;
    private final String format;
    private final int inputChars;
    private long firstByteNanos = -1;
    private int tokens;
    private int chunks;
    private double audioSeconds;
    private String outcome = "ok";

    SynthesisSummary(String voice, String format, int inputChars) {
        this.voice = voice;
        this.format = format;
        this.inputChars = inputChars;
    }

    void firstByte(long nanosSinceStart) {
        if (firstByteNanos < 0) {
            firstByteNanos = nanosSinceStart;
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

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "voice=%s format=%s chars=%d tokens=%d chunks=%d audio=%.2fs first_byte=%s %s",
                voice, format, inputChars, tokens, chunks, audioSeconds,
                firstByteNanos < 0 ? "-" : String.format(Locale.ROOT, "%.0fms", firstByteNanos / 1e6), outcome);
    }
}
