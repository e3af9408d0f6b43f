package dev.kokoro.audio;

/** {@code opus}: libopus in an Ogg container, taking the 24 kHz input natively (20 ms frames). */
final class OpusEncoder extends FfmpegEncoder {
    /** 32 kbit/s: Opus is near-transparent for mono speech from about 24; a little headroom costs almost nothing. */
    private static final long BIT_RATE = 32_000;

    /**
     * libopus complexity 5 of 10: about 3 times as fast as the default 10 for a barely measurable
     * loss at this bitrate; encoding shares the CPU with the model.
     */
    private static final int COMPLEXITY = 5;

    OpusEncoder() {
        super("libopus", "opus", BIT_RATE, COMPLEXITY);
    }
}
