package dev.kokoro.audio;

/** {@code opus}: libopus in an Ogg container, taking the 24 kHz input natively (20 ms frames). */
final class OpusEncoder extends FfmpegEncoder {
    /** 32 kbit/s: Opus is near-transparent for mono speech from about 24; a little headroom costs almost nothing. */
    private static final long BIT_RATE = 32_000;

    OpusEncoder() {
        super("libopus", "opus", BIT_RATE);
    }
}
