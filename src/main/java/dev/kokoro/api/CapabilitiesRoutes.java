package dev.kokoro.api;

import dev.kokoro.audio.AudioFormat;
import dev.kokoro.audio.Pcm;
import dev.kokoro.audio.SampleRates;
import dev.kokoro.engine.ModelInfo;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.text.Language;
import dev.kokoro.voice.VoiceInfo;
import dev.kokoro.voice.VoiceLibrary;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /v1/capabilities}: what a client may ask of this server in one answer — languages with their
 * voices, response formats, the native sample rate and the output rates each format can be resampled to,
 * request limits, delivery modes, the accepted model names, and the model and device it runs on.
 */
final class CapabilitiesRoutes {
    private final VoiceLibrary voices;
    private final ModelInfo model;
    private final int maxInputChars;

    CapabilitiesRoutes(VoiceLibrary voices, ModelInfo model, int maxInputChars) {
        this.voices = voices;
        this.model = model;
        this.maxInputChars = maxInputChars;
    }

    void register(Javalin app) {
        app.get("/v1/capabilities", this::capabilities);
    }

    private void capabilities(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("languages", Arrays.stream(Language.values()).map(this::describe).toList());
        body.put("voices_total", voices.voices().size());
        body.put("response_formats", Arrays.stream(AudioFormat.values()).map(AudioFormat::id).toList());
        body.put("sample_rate", Pcm.SAMPLE_RATE);
        body.put("sample_rates", SampleRates.ALL);
        Map<String, List<Integer>> formatRates = new LinkedHashMap<>();
        Arrays.stream(AudioFormat.values()).forEach(f -> formatRates.put(f.id(), f.sampleRates()));
        body.put("format_sample_rates", formatRates);
        body.put("wav_container_formats",
                Arrays.stream(AudioFormat.values()).filter(AudioFormat::fitsWavContainer).map(AudioFormat::id).toList());
        body.put("channels", 1);
        body.put("limits", Map.of(
                "max_input_chars", maxInputChars,
                "speed", Map.of("min", SpeechSpec.MIN_SPEED, "max", SpeechSpec.MAX_SPEED),
                "volume_multiplier", Map.of("min", 0, "max", SpeechRequestReader.MAX_VOLUME)));
        body.put("streaming", Map.of(
                "stream", List.of(true, false),
                "stream_format", List.of("audio", "sse")));
        body.put("models", ModelCatalog.LISTED);
        body.put("model", Map.of(
                "file", model.file().path().getFileName().toString(),
                "signature", model.signature().describe(),
                "device", model.device().name().toLowerCase(Locale.ROOT)));
        ctx.json(body);
    }

    private Map<String, Object> describe(Language language) {
        List<String> ids = voices.voices().stream()
                .filter(v -> v.language() == language)
                .map(VoiceInfo::id)
                .toList();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("lang_code", String.valueOf(language.code()));
        entry.put("tag", language.tag());
        entry.put("name", language.locale().getDisplayName(Locale.ENGLISH));
        entry.put("voices", ids);
        return entry;
    }
}
