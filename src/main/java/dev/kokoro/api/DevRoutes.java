package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NormalizationOptions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Kokoro-FastAPI's developer routes: {@code POST /dev/phonemize} shows what the front-end makes of
 * a text; {@code POST /dev/generate_from_phonemes} speaks phonemes given verbatim.
 */
final class DevRoutes {
    private final SpeechService speech;
    private final SpeechRoutes speechRoutes;
    private final ObjectMapper json;

    DevRoutes(SpeechService speech, SpeechRoutes speechRoutes, ObjectMapper json) {
        this.speech = speech;
        this.speechRoutes = speechRoutes;
        this.json = json;
    }

    record PhonemizeRequest(String text, String language,
            @JsonProperty("normalization_options") NormalizationOptions normalizationOptions) {
    }

    void register(Javalin app) {
        app.post("/dev/phonemize", this::phonemize);
        app.post("/dev/generate_from_phonemes", speechRoutes::speakPhonemes);
    }

    private void phonemize(Context ctx) throws Exception {
        PhonemizeRequest request = json.readValue(ctx.body(), PhonemizeRequest.class);
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidInputException("'text' must be a non-empty string.", "text", "empty_input");
        }
        Language language = Language.ofCode(request.language() == null ? "a" : request.language(), "language");
        NormalizationOptions options = request.normalizationOptions() == null
                ? NormalizationOptions.DEFAULTS : request.normalizationOptions();
        SpeechService.Phonemization result = speech.phonemize(request.text(), language, options);
        // Tokens as the model sees them, wrapped in the 0 pad token, as Kokoro-FastAPI shows them.
        List<Integer> tokens = new ArrayList<>();
        tokens.add(0);
        Arrays.stream(result.tokenIds()).forEach(tokens::add);
        tokens.add(0);
        String phonemes = result.phonemes();
        ctx.json(Map.of("phonemes", phonemes, "tokens", tokens));
    }
}
