package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kokoro.jobs.JobSpec;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code input} of a RunPod job, as the Kokoro RunPod handler reads it — {@code text}, {@code voice},
 * {@code language}, {@code speed}, {@code split_sentences} — plus fields of {@code /v1/audio/speech}. Nothing is
 * refused here (only a field of the wrong JSON type is, when the body is read): like the handler, a job with a bad
 * input runs and ends FAILED with the reason.
 */
record RunpodInput(
        String text,
        String voice,
        String language,
        @JsonProperty("lang_code") String langCode,
        Double speed,
        @JsonProperty("split_sentences") Boolean splitSentences,
        @JsonProperty("response_format") String responseFormat,
        @JsonProperty("volume_multiplier") Double volumeMultiplier,
        @JsonProperty("normalization_options") NormalizationOptionsRequest normalizationOptions,
        @JsonProperty("sample_rate") Integer sampleRate,
        String container) {

    /** The handler's language names, and the Kokoro code each stands for. */
    private static final Map<String, String> LANGUAGES = Map.of(
            "en-us", "a", "en-gb", "b", "es", "e", "fr", "f", "hi", "h", "it", "i", "ja", "j", "pt-br", "p", "zh", "z");

    JobSpec toSpec() {
        return new JobSpec(
                text == null ? "" : text,
                voice == null || voice.isBlank() ? "af_heart" : voice,
                kokoroLanguage(),
                speed == null ? 1.0 : speed,
                volumeMultiplier == null ? 1.0 : volumeMultiplier,
                responseFormat == null ? "wav" : responseFormat,
                splitSentences == null || splitSentences,
                NormalizationOptionsRequest.toOptions(normalizationOptions),
                sampleRate,
                container);
    }

    /** {@code lang_code} as on the speech route, else the handler's {@code language}, by default en-us. */
    private String kokoroLanguage() {
        if (langCode != null && !langCode.isBlank()) {
            return langCode;
        }
        String name = language == null || language.isBlank() ? "en-us" : language.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.getOrDefault(name, name);
    }
}
