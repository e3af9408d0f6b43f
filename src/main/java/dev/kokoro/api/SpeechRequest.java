package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The body of {@code POST /v1/audio/speech}: OpenAI's fields plus Kokoro-FastAPI's extensions.
 * Absent fields are null here; {@link SpeechRequestReader} applies defaults and checks ranges.
 */
public record SpeechRequest(
        String model,
        String input,
        /** A voice spec string, or an object {@code {"id": "..."}}. */
        JsonNode voice,
        @JsonProperty("response_format") String responseFormat,
        Double speed,
        String instructions,
        @JsonProperty("stream_format") String streamFormat,
        Boolean stream,
        @JsonProperty("lang_code") String langCode,
        @JsonProperty("volume_multiplier") Double volumeMultiplier,
        @JsonProperty("normalization_options") NormalizationOptionsRequest normalizationOptions,
        /** Also save the audio for {@code GET /v1/download/{file}}, announced in {@code X-Download-Path}. */
        @JsonProperty("return_download_link") Boolean returnDownloadLink,
        /** The format of the saved file, when it should differ from {@code response_format}. */
        @JsonProperty("download_format") String downloadFormat,
        /** Names {@code [voice:...]} tags in the input may use: alias → voice spec. */
        @JsonProperty("voice_aliases") Map<String, String> voiceAliases,
        /** The output rate in Hz, by default the format's own (24000, or 8000 for G.711); resampled on the way out. */
        @JsonProperty("sample_rate") Integer sampleRate,
        /** {@code "wav"} to send mulaw or alaw inside a WAV file rather than bare. */
        String container) {
}
