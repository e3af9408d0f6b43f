package dev.kokoro.jobs;

import dev.kokoro.audio.AudioFormat;
import dev.kokoro.audio.AudioOutput;
import dev.kokoro.text.normalize.NormalizationOptions;
import java.util.Objects;

/**
 * What a job synthesizes, as the client asked for it: the api has checked it, the synthesizer turns it into
 * speech. Stored as JSON with the job ({@link JobSpecJson}).
 *
 * @param text           the input text
 * @param voice          a voice spec string: a name, or a blend such as {@code af_bella(2)+af_sky}
 * @param language       a language code, or null for the voice's own language
 * @param speed          speaking rate, 1 = natural
 * @param volume         linear gain
 * @param format         the output format id ({@code wav}, {@code mp3}, ...)
 * @param splitSentences false: the text is synthesized as one piece within the model's limit
 * @param normalization  which text normalizations apply
 * @param sampleRate     the output's sample rate, or null for the format's default (24 kHz; 8 kHz for G.711)
 * @param container      {@code wav} for G.711 in a WAV file, or null for the format as it is
 */
public record JobSpec(
        String text,
        String voice,
        String language,
        double speed,
        double volume,
        String format,
        boolean splitSentences,
        NormalizationOptions normalization,
        Integer sampleRate,
        String container) {

    public JobSpec {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(normalization, "normalization");
    }

    /**
     * The audio the job is to make.
     *
     * @param formatParam what the client's request calls the format, for the error
     * @throws dev.kokoro.error.InvalidInputException naming the field, for a format, rate or container not served
     */
    public AudioOutput output(String formatParam) {
        return AudioOutput.of(AudioFormat.parse(format, formatParam), sampleRate, container);
    }
}
