package dev.kokoro.jobs;

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
 */
public record JobSpec(
        String text,
        String voice,
        String language,
        double speed,
        double volume,
        String format,
        boolean splitSentences,
        NormalizationOptions normalization) {

    public JobSpec {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(normalization, "normalization");
    }
}
