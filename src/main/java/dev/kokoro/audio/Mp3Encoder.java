package dev.kokoro.audio;

/** {@code mp3}: LAME in a bare MPEG audio stream (at the native 24 kHz that is MPEG-2 Layer III, 576-sample frames). */
final class Mp3Encoder extends FfmpegEncoder {
    /**
     * 64 kbit/s: plenty for 24 kHz mono speech, and valid at every MPEG rate (MPEG-2 and 2.5 top out at 160);
     * 128 would double the bytes for no audible gain.
     */
    private static final long BIT_RATE = 64_000;

    /**
     * LAME's quality 7 (0 is slowest): about 2.4 times as fast as its default, with no difference
     * audible in speech at this bitrate; encoding shares the CPU with the model.
     */
    private static final int QUALITY = 7;

    /** @param sampleRate any of MPEG audio's rates: MPEG-1 above 24 kHz, MPEG-2 at 16 to 24, MPEG-2.5 below */
    Mp3Encoder(int sampleRate) {
        super("libmp3lame", "mp3", sampleRate, BIT_RATE, QUALITY);
    }
}
