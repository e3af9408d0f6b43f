package dev.kokoro.audio;

/** How a WAV file stores its samples: the format tag its header names, and what encodes its data chunk. */
enum WavCoding {
    /** WAVE_FORMAT_PCM, little-endian int16. */
    PCM16(1, 2),
    /** WAVE_FORMAT_ALAW, G.711 A-law bytes. */
    ALAW(6, 1),
    /** WAVE_FORMAT_MULAW, G.711 µ-law bytes. */
    MULAW(7, 1);

    private final int formatTag;
    private final int bytesPerSample;

    WavCoding(int formatTag, int bytesPerSample) {
        this.formatTag = formatTag;
        this.bytesPerSample = bytesPerSample;
    }

    int formatTag() {
        return formatTag;
    }

    int bytesPerSample() {
        return bytesPerSample;
    }

    /** Anything but PCM needs the longer fmt chunk and a fact chunk, by the RIFF specification. */
    boolean isPcm() {
        return this == PCM16;
    }

    /** A new encoder of the headerless data chunk; the caller closes it. */
    AudioEncoder newDataEncoder() {
        return switch (this) {
            case PCM16 -> new PcmEncoder();
            case ALAW -> new AlawEncoder();
            case MULAW -> new MulawEncoder();
        };
    }
}
