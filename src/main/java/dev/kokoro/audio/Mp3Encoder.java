package dev.kokoro.audio;

/** {@code mp3}: LAME in a bare MPEG audio stream (at 24 kHz that is MPEG-2 Layer III, 576-sample frames). */
final class Mp3Encoder extends FfmpegEncoder {
    /** 64 kbit/s: plenty for 24 kHz mono speech (MPEG-2 tops out at 160); 128 would double the bytes for no audible gain. */
    private static final long BIT_RATE = 64_000;

    Mp3Encoder() {
        super("libmp3lame", "mp3", BIT_RATE);
    }
}
