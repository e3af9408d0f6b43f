package dev.kokoro.audio;

/** {@code alaw}: G.711 A-law, one byte per sample with no header, from FFmpeg's codec. */
final class AlawEncoder extends FfmpegEncoder {
    /** G.711 fixes its own bit rate: 8 bits a sample. */
    private static final long CODEC_BIT_RATE = 0;

    AlawEncoder() {
        super("pcm_alaw", "alaw", SampleRates.TELEPHONY, CODEC_BIT_RATE, CODEC_DEFAULT_LEVEL, false);
    }
}
