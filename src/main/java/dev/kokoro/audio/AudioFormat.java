package dev.kokoro.audio;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The audio formats of OpenAI's speech endpoint plus G.711 for telephony, each with its encoder and the sample
 * rates it can carry.
 */
public enum AudioFormat {
    MP3("mp3", "audio/mpeg", SampleRates.ALL),
    OPUS("opus", "audio/opus", SampleRates.OPUS),
    AAC("aac", "audio/aac", SampleRates.ALL),
    FLAC("flac", "audio/flac", SampleRates.ALL),
    WAV("wav", "audio/wav", SampleRates.ALL),
    PCM("pcm", "audio/pcm", SampleRates.ALL),
    /** G.711 µ-law, 8 kHz only: what North American and Japanese phone lines (and most SIP trunks) carry. */
    MULAW("mulaw", "audio/basic", List.of(SampleRates.TELEPHONY)),
    /** G.711 A-law, 8 kHz only: the European phone lines' variant. */
    ALAW("alaw", "audio/x-alaw-basic", List.of(SampleRates.TELEPHONY));

    private static final String SUPPORTED =
            Arrays.stream(values()).map(AudioFormat::id).collect(Collectors.joining(", "));

    private final String id;
    private final String contentType;
    private final List<Integer> sampleRates;

    AudioFormat(String id, String contentType, List<Integer> sampleRates) {
        this.id = id;
        this.contentType = contentType;
        this.sampleRates = sampleRates;
    }

    /** The name clients send, e.g. {@code mp3}. */
    public String id() {
        return id;
    }

    /** The Content-Type of a response in this format (G.711 bare, PCM at 24 kHz); see {@link AudioOutput#contentType()}. */
    public String contentType() {
        return contentType;
    }

    /** The sample rates this format can be asked for, in ascending order. */
    public List<Integer> sampleRates() {
        return sampleRates;
    }

    /** Kokoro's own 24 kHz where the format takes it, else the one rate it takes (G.711's 8 kHz). */
    public int defaultSampleRate() {
        return sampleRates.contains(Pcm.SAMPLE_RATE) ? Pcm.SAMPLE_RATE : sampleRates.getFirst();
    }

    /** Whether the format may also travel inside a WAV file ({@code "container": "wav"}). */
    public boolean fitsWavContainer() {
        return this == MULAW || this == ALAW;
    }

    /**
     * The format a client named, ignoring case and surrounding blanks.
     *
     * @param param the request field it came from, for the error
     * @throws InvalidInputException for anything else, naming the supported values
     */
    public static AudioFormat parse(String value, String param) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (AudioFormat format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        throw new InvalidInputException("Unsupported " + param + " " + ClientText.quote(value) + "; supported: " + SUPPORTED,
                param, "unsupported_" + param);
    }

    /** A whole file of this format at its default rate holding these samples (24 kHz). */
    public byte[] encodeWhole(short[] samples) throws IOException {
        return AudioOutput.of(this).encodeWhole(samples);
    }

    /**
     * A new encoder for one response at the format's default rate; the caller closes it.
     *
     * @param totalSamples the exact number of 24 kHz samples that will be encoded, or -1 when streaming; known, the
     *     answer is a whole file (WAV with exact sizes, FLAC with its length, MP3 with its encoder delay), all of it
     *     written at {@link AudioEncoder#finish}
     */
    public AudioEncoder newEncoder(long totalSamples) {
        return AudioOutput.of(this).newEncoder(totalSamples);
    }

    /**
     * The bare encoder of samples already at {@code sampleRate}, which must be one of {@link #sampleRates()}.
     *
     * @param totalSamples the exact number of those samples, or -1 when unknown (streaming): a known length makes a
     *     whole file, which WAV, FLAC and MP3 complete at the end with sizes, length or encoder delay
     * @param inWav G.711 in a WAV file rather than bare
     */
    AudioEncoder encoderAt(int sampleRate, long totalSamples, boolean inWav) {
        return switch (this) {
            case MP3 -> new Mp3Encoder(sampleRate, totalSamples >= 0);
            case OPUS -> new OpusEncoder(sampleRate);
            case AAC -> new AacEncoder(sampleRate);
            case FLAC -> new FlacEncoder(sampleRate, totalSamples >= 0);
            case WAV -> new WavEncoder(totalSamples, sampleRate, WavCoding.PCM16);
            case PCM -> new PcmEncoder();
            case MULAW -> g711(WavCoding.MULAW, sampleRate, totalSamples, inWav);
            case ALAW -> g711(WavCoding.ALAW, sampleRate, totalSamples, inWav);
        };
    }

    /** G.711 bytes in a WAV file, or bare: the WAV's data chunk alone. */
    private static AudioEncoder g711(WavCoding coding, int sampleRate, long totalSamples, boolean inWav) {
        return inWav ? new WavEncoder(totalSamples, sampleRate, coding) : coding.newDataEncoder();
    }
}
