package dev.kokoro.audio;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The audio formats of OpenAI's speech endpoint, each with its encoder. */
public enum AudioFormat {
    MP3("mp3", "audio/mpeg"),
    OPUS("opus", "audio/opus"),
    AAC("aac", "audio/aac"),
    FLAC("flac", "audio/flac"),
    WAV("wav", "audio/wav"),
    PCM("pcm", "audio/pcm");

    private static final String SUPPORTED =
            Arrays.stream(values()).map(AudioFormat::id).collect(Collectors.joining(", "));

    private final String id;
    private final String contentType;

    AudioFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    /** The name clients send, e.g. {@code mp3}. */
    public String id() {
        return id;
    }

    /** The Content-Type of a response in this format. */
    public String contentType() {
        return contentType;
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

    /** A whole file of this format holding these samples. */
    public byte[] encodeWhole(short[] samples) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (AudioEncoder encoder = newEncoder(samples.length)) {
            encoder.encode(samples, file);
            encoder.finish(file);
        }
        return file.toByteArray();
    }

    /**
     * A new encoder for one response; the caller closes it.
     *
     * @param totalSamples the exact number of samples that will be encoded, or -1 when streaming
     *     (only WAV uses it, to write exact sizes instead of "unknown" ones)
     */
    public AudioEncoder newEncoder(long totalSamples) {
        return switch (this) {
            case MP3 -> new Mp3Encoder();
            case OPUS -> new OpusEncoder();
            case AAC -> new AacEncoder();
            case FLAC -> new FlacEncoder();
            case WAV -> new WavEncoder(totalSamples);
            case PCM -> new PcmEncoder();
        };
    }
}
