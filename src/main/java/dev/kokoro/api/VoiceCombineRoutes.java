package dev.kokoro.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.voice.PtVoicePackWriter;
import dev.kokoro.voice.Voice;
import dev.kokoro.voice.VoiceLibrary;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/audio/voices/combine}, Kokoro-FastAPI's route: the blend of a formula as a voice pack file
 * ({@code .pt}) that this server, Kokoro-FastAPI and the kokoro package load. The body is the formula as a
 * bare JSON string ({@code "af_bella(2)+af_sky"}), a list of voice names (equal weights), or an object with
 * either under {@code "voices"}.
 */
final class VoiceCombineRoutes {
    private final VoiceLibrary voices;
    private final JsonBody bodies;

    VoiceCombineRoutes(VoiceLibrary voices, JsonBody bodies) {
        this.voices = voices;
        this.bodies = bodies;
    }

    void register(Javalin app) {
        app.post("/v1/audio/voices/combine", this::combine);
    }

    private void combine(Context ctx) throws IOException {
        JsonNode body = bodies.value(ctx);
        Voice voice = voices.resolve(formula(body.isObject() ? body.get("voices") : body));
        String name = voice.id().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        ByteArrayOutputStream pack = new ByteArrayOutputStream();
        PtVoicePackWriter.write(voice, name, pack);
        ctx.contentType("application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".pt\"")
                .result(pack.toByteArray());
    }

    private static String formula(JsonNode voicesField) {
        if (voicesField != null && voicesField.isTextual() && !voicesField.asText().isBlank()) {
            return voicesField.asText();
        }
        if (voicesField != null && voicesField.isArray() && !voicesField.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (JsonNode name : voicesField) {
                if (!name.isTextual() || name.asText().isBlank()) {
                    throw notAFormula();
                }
                names.add(name.asText());
            }
            return String.join("+", names);
        }
        throw notAFormula();
    }

    private static InvalidInputException notAFormula() {
        return new InvalidInputException("The body must be a voice formula such as \"af_bella(2)+af_sky\", a list of "
                + "voice names, or {\"voices\": ...} holding either.", "voices", "invalid_voice");
    }
}
