package dev.kokoro.audio;

import java.util.List;

/** The sample rates a response may be asked for. Everything but Kokoro's own 24 kHz is resampled on the way out. */
public final class SampleRates {
    /** G.711's rate, the narrowband telephone line. */
    public static final int TELEPHONY = 8_000;

    /** Telephony, wideband telephony and speech recognizers, Kokoro's own rate, and the two rates of media files. */
    public static final List<Integer> ALL = List.of(TELEPHONY, 16_000, 22_050, Pcm.SAMPLE_RATE, 44_100, 48_000);

    /** Of {@link #ALL}, the ones libopus takes (it knows only 8, 12, 16, 24 and 48 kHz). */
    static final List<Integer> OPUS = List.of(TELEPHONY, 16_000, Pcm.SAMPLE_RATE, 48_000);

    private SampleRates() {
    }
}
