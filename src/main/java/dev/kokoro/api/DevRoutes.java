package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Developer routes: {@code POST /dev/phonemize} shows what the front-end makes of a text,
 * {@code POST /dev/generate_from_phonemes} speaks phonemes given verbatim (both Kokoro-FastAPI's), and
 * {@code POST /dev/ssml} shows the inline markup an SSML document becomes.
 */
final class DevRoutes {
    private final SpeechHandling handling;

    DevRoutes(SpeechHandling handling) {
        this.handling = handling;
    }

    record PhonemizeRequest(String text, String language,
            @JsonProperty("normalization_options") NormalizationOptionsRequest normalizationOptions) {
    }

    /** The body of {@code POST /dev/ssml}. */
    record SsmlRequest(String input, @JsonProperty("lang_code") String langCode) {
    }

    /** The body of {@code POST /dev/generate_from_phonemes}. */
    record PhonemeRequest(String phonemes, JsonNode voice, Double speed,
            @JsonProperty("response_format") String responseFormat, Boolean stream,
            @JsonProperty("stream_format") String streamFormat,
            @JsonProperty("volume_multiplier") Double volumeMultiplier,
            @JsonProperty("return_download_link") Boolean returnDownloadLink,
            @JsonProperty("download_format") String downloadFormat,
            @JsonProperty("sample_rate") Integer sampleRate,
            String container) {
    }

    void register(Javalin app) {
        app.post("/dev/phonemize", this::phonemize);
        app.post("/dev/generate_from_phonemes", this::speakPhonemes);
        app.post("/dev/ssml", this::ssml);
    }

    private void phonemize(Context ctx) {
        PhonemizeRequest request = handling.bodies().read(ctx, PhonemizeRequest.class);
        // The same limit as speech: phonemizing is the costly half of speaking a text.
        String text = handling.reader().input(request.text(), "text");
        Language language = Language.ofCode(request.language() == null ? "a" : request.language(), "language");
        NormalizationOptions options = NormalizationOptionsRequest.toOptions(request.normalizationOptions());
        SpeechService.Phonemization result = handling.speech().phonemize(text, language, options);
        // Tokens as the model sees them, wrapped in the 0 pad token, as Kokoro-FastAPI shows them.
        List<Integer> tokens = new ArrayList<>();
        tokens.add(0);
        Arrays.stream(result.tokenIds()).forEach(tokens::add);
        tokens.add(0);
        ctx.json(Map.of("phonemes", result.phonemes(), "tokens", tokens));
    }

    /** Shows what an SSML document becomes (inline markup), without synthesis. */
    private void ssml(Context ctx) {
        SsmlRequest request = handling.bodies().read(ctx, SsmlRequest.class);
        if (request.input() == null || request.input().isBlank()) {
            throw new InvalidInputException("'input' must be an SSML document: <speak>...</speak>.", "input",
                    "empty_input");
        }
        String document = handling.reader().input(request.input(), "input");
        Language language = Language.ofCode(request.langCode() == null ? "a" : request.langCode(), "lang_code");
        ctx.json(Map.of("markup", handling.speech().ssmlToMarkup(document, language)));
    }

    /** Speaks phonemes given verbatim: the text front-end is skipped. */
    private void speakPhonemes(Context ctx) throws Exception {
        PhonemeRequest p = handling.bodies().read(ctx, PhonemeRequest.class);
        SpeechRequest body = new SpeechRequest("kokoro", p.phonemes(), p.voice(), p.responseFormat(), p.speed(), null,
                p.streamFormat(), p.stream(), null, p.volumeMultiplier(), null, p.returnDownloadLink(),
                p.downloadFormat(), null, p.sampleRate(), p.container());
        SpeechRequestReader.Parsed request = handling.reader().read(body, "phonemes");
        handling.responder().respond(ctx, request, handling.speech()::startFromPhonemes,
                handling.delivery(request.delivery()));
    }
}
