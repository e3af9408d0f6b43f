package dev.kokoro.audio;

/**
 * {@code flac}: lossless FLAC from the int16 samples as they are. A whole file's STREAMINFO holds its exact length in
 * samples (the muxer writes it at the end into the seekable file); a stream's says 0, "unknown", as FLAC allows for
 * a stream whose end is not known when its header goes out: decoders play it whole, but cannot tell its duration
 * before reading to the end.
 */
final class FlacEncoder extends FfmpegEncoder {
    /** Lossless: the size follows from the signal, so no bitrate is set. */
    private static final long CODEC_DEFAULT_BIT_RATE = 0;

    /** @param wholeFile a whole file, which gets its length in STREAMINFO; false: a stream, which cannot */
    FlacEncoder(int sampleRate, boolean wholeFile) {
        super("flac", "flac", sampleRate, CODEC_DEFAULT_BIT_RATE, CODEC_DEFAULT_LEVEL, wholeFile);
    }
}
