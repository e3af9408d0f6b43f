package dev.kokoro.api;

import dev.kokoro.error.NotFoundException;
import dev.kokoro.voice.VoiceInfo;
import dev.kokoro.voice.VoiceLibrary;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** What the server offers: {@code GET /v1/models}, {@code /v1/models/{id}} and {@code /v1/audio/voices}. */
final class CatalogRoutes {
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
            throw new NotFoundException("The model '" + id + "' does not exist.", "model", "model_not_found");
        }
        ctx.json(describe(id));
    }

    private Map<String, Object> describe(String id) {
        return Map.of("id", id, "object", "model", "created", createdEpochSeconds, "owned_by", "kokoro");
    }

    private void voices(Context ctx) {
        List<Map<String, String>> list = voices.voices().stream().map(CatalogRoutes::describe).toList();
        ctx.json(Map.of("voices", list));
    }

    private static Map<String, String> describe(VoiceInfo v) {
        return Map.of("id", v.id(), "name", v.name(), "language", v.language().tag(), "gender", v.gender().tag());
    }
}
