package dev.kokoro.audio;

/** {@code aac}: FFmpeg's native AAC-LC encoder in ADTS framing, the form a bare .aac stream takes. */
final class AacEncoder extends FfmpegEncoder {
    /** 64 kbit/s: FFmpeg's native encoder needs more bits than HE-AAC-capable ones to keep 24 kHz mono speech clean. */
    private static final long BIT_RATE = 64_000;

    AacEncoder(int sampleRate) {
        super("aac", "adts", sampleRate, BIT_RATE, CODEC_DEFAULT_LEVEL, false);
    }
}
