package dev.kokoro.audio;

/** {@code flac}: lossless FLAC from the int16 samples as they are. */
final class FlacEncoder extends FfmpegEncoder {
    /** Lossless: the size follows from the signal, so no bitrate is set. */
    private static final long CODEC_DEFAULT_BIT_RATE = 0;

    FlacEncoder(int sampleRate) {
        super("flac", "flac", sampleRate, CODEC_DEFAULT_BIT_RATE, CODEC_DEFAULT_LEVEL);
    }
}
