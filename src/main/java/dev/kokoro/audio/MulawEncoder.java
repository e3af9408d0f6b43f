package dev.kokoro.audio;

/** {@code mulaw}: G.711 µ-law, one byte per sample with no header (what {@code audio/basic} is), from FFmpeg's codec. */
final class MulawEncoder extends FfmpegEncoder {
    /** G.711 fixes its own bit rate: 8 bits a sample. */
    private static final long CODEC_BIT_RATE = 0;

    MulawEncoder() {
        super("pcm_mulaw", "mulaw", SampleRates.TELEPHONY, CODEC_BIT_RATE, CODEC_DEFAULT_LEVEL, false);
    }
}
