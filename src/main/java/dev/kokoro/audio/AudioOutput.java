package dev.kokoro.audio;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The audio a response carries: a format at a sample rate, and for G.711 whether it comes bare or in a WAV file.
 * The pipeline always makes 24 kHz; any other rate is resampled inside the encoder, so everything upstream (chunk
 * lengths, word timestamps in seconds) is the same whatever the client asked for.
 *
 * @param sampleRate one of {@code format.sampleRates()}
 * @param inWav G.711 inside a WAV file ({@code "container": "wav"}); only for formats that {@link
 *     AudioFormat#fitsWavContainer() fit one}
 */
public record AudioOutput(AudioFormat format, int sampleRate, boolean inWav) {
    public static final String SAMPLE_RATE_PARAM = "sample_rate";
    public static final String CONTAINER_PARAM = "container";
    private static final String WAV_CONTAINER = "wav";

    public AudioOutput {
        if (!format.sampleRates().contains(sampleRate)) {
            throw new IllegalArgumentException(format.id() + " cannot carry " + sampleRate + " Hz");
        }
        if (inWav && !format.fitsWavContainer()) {
            throw new IllegalArgumentException(format.id() + " has no WAV container");
        }
    }

    /** The format at its default rate, bare: what a request that names neither rate nor container gets. */
    public static AudioOutput of(AudioFormat format) {
        return new AudioOutput(format, format.defaultSampleRate(), false);
    }

    /**
     * The output a request asked for with {@code sample_rate} and {@code container}, each null when absent.
     *
     * @throws InvalidInputException naming the field, for a rate or container the format cannot carry
     */
    public static AudioOutput of(AudioFormat format, Integer sampleRate, String container) {
        int rate = sampleRate == null ? format.defaultSampleRate() : sampleRate;
        if (!SampleRates.ALL.contains(rate)) {
            throw new InvalidInputException("'sample_rate' must be one of " + list(SampleRates.ALL) + ", was " + rate
                    + ".", SAMPLE_RATE_PARAM, "invalid_sample_rate");
        }
        if (!format.sampleRates().contains(rate)) {
            throw new InvalidInputException("The " + format.id() + " format takes 'sample_rate' "
                    + list(format.sampleRates()) + " only, was " + rate + ".", SAMPLE_RATE_PARAM,
                    "unsupported_sample_rate");
        }
        return new AudioOutput(format, rate, inWav(format, container));
    }

    private static boolean inWav(AudioFormat format, String container) {
        if (container == null) {
            return false;
        }
        if (!WAV_CONTAINER.equals(container.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("'container' may only be 'wav', was " + ClientText.quote(container) + ".",
                    CONTAINER_PARAM, "invalid_container");
        }
        if (!format.fitsWavContainer()) {
            throw new InvalidInputException("'container' applies to the mulaw and alaw formats only; "
                    + format.id() + " has its own.", CONTAINER_PARAM, "invalid_container");
        }
        return true;
    }

    private static String list(List<Integer> rates) {
        return rates.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The format's name, e.g. {@code mulaw}, also when it travels in WAV. */
    public String id() {
        return format.id();
    }

    /** Whether the answer is a WAV file: the wav format, or G.711 in WAV. Its header states the exact length. */
    public boolean isWavFile() {
        return inWav || format == AudioFormat.WAV;
    }

    /** The Content-Type of the answer: a WAV file's for G.711 in WAV, and raw PCM names its rate when not 24 kHz. */
    public String contentType() {
        if (isWavFile()) {
            return AudioFormat.WAV.contentType();
        }
        if (format == AudioFormat.PCM && sampleRate != Pcm.SAMPLE_RATE) {
            return format.contentType() + ";rate=" + sampleRate;
        }
        return format.contentType();
    }

    /** The extension a file of this output is named with: {@code wav} for G.711 in WAV, else the format's name. */
    public String fileExtension() {
        return isWavFile() ? AudioFormat.WAV.id() : format.id();
    }

    /**
     * A new encoder for one response; the caller closes it.
     *
     * @param totalSamples the exact number of 24 kHz samples that will be encoded, or -1 when streaming; known, the
     *     answer is a whole file (WAV with exact sizes, FLAC with its length, MP3 with its encoder delay), all of it
     *     written at {@link AudioEncoder#finish}
     */
    public AudioEncoder newEncoder(long totalSamples) {
        if (sampleRate == Pcm.SAMPLE_RATE) {
            return format.encoderAt(sampleRate, totalSamples, inWav);
        }
        long resampledTotal = totalSamples < 0 ? -1 : Resampler.outputLength(totalSamples, sampleRate);
        AudioEncoder encoder = format.encoderAt(sampleRate, resampledTotal, inWav);
        try {
            return new ResamplingEncoder(new Resampler(sampleRate), encoder);
        } catch (RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    /** A whole file of this output holding these 24 kHz samples. */
    public byte[] encodeWhole(short[] samples) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        encodeWhole(samples, file);
        return file.toByteArray();
    }

    /** Writes a whole file of this output holding these 24 kHz samples to {@code out}. */
    public void encodeWhole(short[] samples, OutputStream out) throws IOException {
        try (AudioEncoder encoder = newEncoder(samples.length)) {
            encoder.encode(samples, out);
            encoder.finish(out);
        }
    }
}
