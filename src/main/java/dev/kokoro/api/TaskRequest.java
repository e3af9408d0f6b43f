package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v1/tasks}, CosyVoice's fields plus some of {@code /v1/audio/speech}.
 *
 * @param voiceId  CosyVoice's name for the voice; {@code voice} is accepted too
 * @param metadata any JSON, kept and returned as it is
 * @param start    false only registers the task, to be rendered later
 */
record TaskRequest(
        String text,
        @JsonProperty("voice_id") String voiceId,
        String voice,
        String format,
        Double speed,
        String priority,
        @JsonProperty("callback_url") String callbackUrl,
        JsonNode metadata,
        Boolean start,
        @JsonProperty("lang_code") String langCode,
        @JsonProperty("volume_multiplier") Double volumeMultiplier,
        @JsonProperty("normalization_options") NormalizationOptionsRequest normalizationOptions,
        @JsonProperty("sample_rate") Integer sampleRate,
        String container) {
}
