package dev.kokoro.audio;

/** {@code opus}: libopus in an Ogg container, 20 ms frames; it takes Kokoro's 24 kHz natively. */
final class OpusEncoder extends FfmpegEncoder {
    /** 32 kbit/s: Opus is near-transparent for mono speech from about 24; a little headroom costs almost nothing. */
    private static final long BIT_RATE = 32_000;

    /**
     * libopus complexity 5 of 10: about 3 times as fast as the default 10 for a barely measurable
     * loss at this bitrate; encoding shares the CPU with the model.
     */
    private static final int COMPLEXITY = 5;

    /** @param sampleRate 8, 12, 16, 24 or 48 kHz, the only rates libopus takes */
    OpusEncoder(int sampleRate) {
        super("libopus", "opus", sampleRate, BIT_RATE, COMPLEXITY, false);
    }
}
