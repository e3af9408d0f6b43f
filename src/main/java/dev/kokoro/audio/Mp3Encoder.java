package dev.kokoro.audio;

/**
 * {@code mp3}: LAME in a bare MPEG audio stream (at the native 24 kHz that is MPEG-2 Layer III, 576-sample frames).
 * The encoder adds a delay before the audio and pads the last frame. A whole file says so in a Xing/LAME frame ahead
 * of the audio (the muxer completes it at the end, in the seekable file), from which FFmpeg, LAME and most players
 * trim both and decode exactly the samples that were encoded; a stream has no such frame, and decodes that much
 * longer (the delay at the start, the padding at the end).
 */
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

    /**
     * @param sampleRate any of MPEG audio's rates: MPEG-1 above 24 kHz, MPEG-2 at 16 to 24, MPEG-2.5 below
     * @param wholeFile a whole file, which gets the Xing/LAME frame; false: a stream, which cannot
     */
    Mp3Encoder(int sampleRate, boolean wholeFile) {
        super("libmp3lame", "mp3", sampleRate, BIT_RATE, QUALITY, wholeFile);
    }
}
