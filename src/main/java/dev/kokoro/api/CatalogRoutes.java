package dev.kokoro.api;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.NotFoundException;
import dev.kokoro.text.Language;
import dev.kokoro.voice.Gender;
import dev.kokoro.voice.VoiceInfo;
import dev.kokoro.voice.VoiceLibrary;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the server offers: {@code GET /v1/models}, {@code /v1/models/{id}} and {@code /v1/audio/voices}. */
final class CatalogRoutes {
    static final int MAX_PAGE_SIZE = 100;
    private final VoiceLibrary voices;
    private final long createdEpochSeconds;

    CatalogRoutes(VoiceLibrary voices, long createdEpochSeconds) {
        this.voices = voices;
        this.createdEpochSeconds = createdEpochSeconds;
    }

    void register(Javalin app) {
        app.get("/v1/models", this::models);
        app.get("/v1/models/{id}", this::model);
        app.get("/v1/audio/voices", this::voices);
    }

    private void models(Context ctx) {
        ctx.json(Map.of("object", "list", "data", ModelCatalog.LISTED.stream().map(this::describe).toList()));
    }

    private void model(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ModelCatalog.knows(id)) {
            throw new NotFoundException("The model " + ClientText.quote(id) + " does not exist.", "model",
                    "model_not_found");
        }
        ctx.json(describe(id));
    }

    private Map<String, Object> describe(String id) {
        return Map.of("id", id, "object", "model", "created", createdEpochSeconds, "owned_by", "kokoro");
    }

    /**
     * The voices, optionally filtered by {@code language} (code or tag) and {@code gender}, a page at a time:
     * {@code page} from 1, {@code page_size} up to {@value #MAX_PAGE_SIZE}, which is also the default, so a
     * client that knows nothing of pages gets every stock voice.
     */
    private void voices(Context ctx) {
        Language language = ctx.queryParam("language") == null ? null : Language.ofCode(ctx.queryParam("language"), "language");
        Gender gender = ctx.queryParam("gender") == null ? null : gender(ctx.queryParam("gender"));
        int page = QueryParams.positive(ctx, "page", 1, Integer.MAX_VALUE);
        int pageSize = QueryParams.positive(ctx, "page_size", MAX_PAGE_SIZE, MAX_PAGE_SIZE);
        List<VoiceInfo> matching = voices.voices().stream()
                .filter(v -> language == null || v.language() == language)
                .filter(v -> gender == null || v.gender() == gender)
                .toList();
        List<Map<String, String>> list = matching.stream()
                .skip((long) (page - 1) * pageSize)
                .limit(pageSize)
                .map(CatalogRoutes::describe)
                .toList();
        ctx.json(Map.of("voices", list, "total", matching.size(), "page", page, "page_size", pageSize));
    }

    private static Gender gender(String value) {
        try {
            return Gender.ofTag(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("'gender' must be female, male or unknown, was "
                    + ClientText.quote(value) + ".", "gender", "invalid_gender");
        }
    }

    /** A voice's summary, with its published grade where there is one (a created voice has none). */
    private static Map<String, String> describe(VoiceInfo v) {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("id", v.id());
        summary.put("name", v.name());
        summary.put("language", v.language().tag());
        summary.put("gender", v.gender().tag());
        if (v.grade() != null) {
            summary.put("grade", v.grade());
        }
        return summary;
    }
}
