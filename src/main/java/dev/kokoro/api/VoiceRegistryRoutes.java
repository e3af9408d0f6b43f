package dev.kokoro.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.NotFoundException;
import dev.kokoro.error.ContentTooLargeException;
import dev.kokoro.voice.CreatedVoice;
import dev.kokoro.voice.VoiceInfo;
import dev.kokoro.voice.VoiceLibrary;
import dev.kokoro.voice.VoiceRegistry;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The voice registry: {@code POST /v1/audio/voices} creates a named voice from a formula (JSON) or an uploaded
 * pack (multipart, the file in part {@code file}), and {@code GET}, {@code PATCH} and {@code DELETE
 * /v1/audio/voices/{id}} read, rename and remove one. Every answer about a voice is the same object (see
 * {@link #describe(CreatedVoice)}), a superset of an entry of {@code GET /v1/audio/voices}.
 */
final class VoiceRegistryRoutes {
    private static final Set<String> DETAIL_FIELDS = Set.of("voice_id", "name", "description", "language");
    private static final Set<String> FORMULA_FIELDS = Set.of("voice_id", "name", "description", "language", "formula");
    private static final Set<String> PATCH_FIELDS = Set.of("name", "description");
    private static final String FILE_PART = "file";

    private final VoiceRegistry registry;
    private final VoiceLibrary voices;
    private final long stockCreatedEpochSeconds;
    private final JsonBody bodies;

    /** @param stockCreatedEpochSeconds the {@code created_at} of the stock voices: when the server started */
    VoiceRegistryRoutes(VoiceRegistry registry, VoiceLibrary voices, long stockCreatedEpochSeconds, JsonBody bodies) {
        this.registry = registry;
        this.voices = voices;
        this.stockCreatedEpochSeconds = stockCreatedEpochSeconds;
        this.bodies = bodies;
    }

    void register(Javalin app) {
        app.post("/v1/audio/voices", this::create);
        app.get("/v1/audio/voices/{id}", this::get);
        app.patch("/v1/audio/voices/{id}", this::update);
        app.delete("/v1/audio/voices/{id}", this::delete);
    }

    private void create(Context ctx) throws IOException {
        CreatedVoice voice = ctx.isMultipartFormData() ? createFromUpload(ctx) : createFromFormula(ctx);
        ctx.status(HttpStatus.CREATED).json(describe(voice));
    }

    private CreatedVoice createFromFormula(Context ctx) {
        Map<String, String> fields = stringFields(bodies.object(ctx), FORMULA_FIELDS);
        String formula = fields.get("formula");
        if (formula == null || formula.isBlank()) {
            throw new InvalidInputException("'formula' is required: a voice such as \"af_bella(2)+af_sky\" (or upload "
                    + "a voice pack as multipart/form-data in the part 'file').", "formula", "missing_formula");
        }
        return registry.createFromFormula(details(fields), formula);
    }

    private CreatedVoice createFromUpload(Context ctx) throws IOException {
        // A pack is 510×256 float32 (522 240 bytes) plus its container: the server's request limit fits it.
        if (ctx.contentLength() > ApiServer.MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        Map<String, List<UploadedFile>> files;
        try {
            files = ctx.uploadedFileMap();
        } catch (IllegalStateException e) {
            // Jetty's multipart limit (set in ApiServer), reached by a body sent without a length.
            throw tooLarge();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Jetty's IOException for a malformed body, passed on undeclared by Javalin's Kotlin.
            throw new InvalidInputException("The multipart/form-data body cannot be read: " + e.getMessage() + ".",
                    null, "invalid_multipart", e);
        }
        Map<String, String> fields = new HashMap<>();
        // Javalin lists the file parts among the form fields too, without values.
        ctx.formParamMap().forEach((name, values) -> {
            if (!files.containsKey(name) && !values.isEmpty()) {
                fields.put(name, values.getFirst());
            }
        });
        for (String name : files.keySet()) {
            if (!name.equals(FILE_PART)) {
                throw unknownField(name, "'file' (the voice pack), "
                        + String.join(", ", DETAIL_FIELDS.stream().sorted().toList()));
            }
        }
        checkKnown(fields.keySet(), DETAIL_FIELDS);
        List<UploadedFile> upload = files.get(FILE_PART);
        if (upload == null || upload.size() != 1) {
            throw new InvalidInputException("Upload exactly one voice pack in the part 'file'.", FILE_PART,
                    "missing_file");
        }
        UploadedFile file = upload.getFirst();
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        return registry.createFromPack(details(fields), file.filename(), content);
    }

    private static ContentTooLargeException tooLarge() {
        return new ContentTooLargeException("A voice pack upload may be at most " + ApiServer.MAX_REQUEST_BYTES
                + " bytes.");
    }

    private static VoiceRegistry.Request details(Map<String, String> fields) {
        return new VoiceRegistry.Request(fields.get("voice_id"), fields.get("name"), fields.get("description"),
                fields.get("language"));
    }

    private void get(Context ctx) {
        String id = ctx.pathParam("id").toLowerCase(Locale.ROOT);
        Optional<CreatedVoice> created = registry.find(id);
        if (created.isPresent()) {
            ctx.json(describe(created.get()));
            return;
        }
        VoiceInfo stock = voices.stockVoice(id).orElseThrow(() -> new NotFoundException(
                "Voice " + ClientText.quote(ctx.pathParam("id")) + " does not exist.", "voice_id", "voice_not_found"));
        ctx.json(describe(stock));
    }

    private void update(Context ctx) {
        Map<String, String> fields = stringFields(bodies.object(ctx), PATCH_FIELDS);
        ctx.json(describe(registry.update(ctx.pathParam("id"), fields.get("name"), fields.get("description"))));
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("id").toLowerCase(Locale.ROOT);
        registry.delete(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", "voice");
        body.put("deleted", true);
        ctx.json(body);
    }

    /** The fields of a JSON object, each a string or null (null taken as not given); no other field allowed. */
    private static Map<String, String> stringFields(ObjectNode body, Set<String> allowed) {
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            checkKnown(Set.of(field.getKey()), allowed);
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw new InvalidInputException("'" + field.getKey() + "' must be a string.", field.getKey(),
                        "invalid_type");
            }
            fields.put(field.getKey(), value.asText());
        }
        return fields;
    }

    private static void checkKnown(Set<String> names, Set<String> allowed) {
        for (String name : names) {
            if (!allowed.contains(name)) {
                throw unknownField(name, String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static InvalidInputException unknownField(String name, String allowed) {
        String field = ClientText.shorten(name);
        return new InvalidInputException("Unknown field '" + field + "'. The fields are " + allowed + ".", field,
                "unknown_field");
    }

    /**
     * A created voice: {@code id, object, name, description, language, gender, created_at, stock: false} and the
     * {@code formula} it was made from, if any.
     */
    private static Map<String, Object> describe(CreatedVoice v) {
        Map<String, Object> body = common(v.id(), v.name(), v.description(), v.language().tag(), v.gender().tag(),
                v.createdAt(), false);
        if (v.formula() != null) {
            body.put("formula", v.formula());
        }
        return body;
    }

    /** A stock voice, in the same shape, with its published {@code grade} where there is one. */
    private Map<String, Object> describe(VoiceInfo v) {
        Map<String, Object> body = common(v.id(), v.name(), "", v.language().tag(), v.gender().tag(),
                stockCreatedEpochSeconds, true);
        if (v.grade() != null) {
            body.put("grade", v.grade());
        }
        return body;
    }

    private static Map<String, Object> common(String id, String name, String description, String language,
            String gender, long createdAt, boolean stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", "voice");
        body.put("name", name);
        body.put("description", description);
        body.put("language", language);
        body.put("gender", gender);
        body.put("created_at", createdAt);
        body.put("stock", stock);
        return body;
    }
}
