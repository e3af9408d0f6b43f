package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import dev.kokoro.testing.TsvCases;
import dev.kokoro.voice.VoicePackFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The voice registry through the real server and a real HTTP client: {@code POST /v1/audio/voices} from a formula
 * (JSON) or an uploaded pack (multipart built by hand), {@code GET}, {@code PATCH} and {@code DELETE
 * /v1/audio/voices/{id}}, speaking with a created voice alone and in a blend, and a restart that keeps them.
 * Packs are compared number by number through {@code POST /v1/audio/voices/combine}, which returns a voice's pack.
 */
@EndToEnd
class VoiceRegistryEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String TEXT = "The quick brown fox jumps over the lazy dog.";
    private static TestServer server;

    /** The created voices go here, removed after the tests. */
    @TempDir
    static Path serverDataDir;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestAssets.miniModel("B"), Map.of("data-dir", serverDataDir.toString()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aFormulaVoiceIsCreatedListedSpokenRenamedAndDeleted() throws Exception {
        HttpResponse<String> created = postJson(server, "/v1/audio/voices", Map.of("voice_id", "warm_mix",
                "name", "Warm mix", "description", "Bella with some Sky", "formula", "af_bella(2)+af_sky"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode voice = JSON.readTree(created.body());
        assertThat(voice.path("id").asText()).isEqualTo("warm_mix");
        assertThat(voice.path("name").asText()).isEqualTo("Warm mix");
        assertThat(voice.path("description").asText()).isEqualTo("Bella with some Sky");
        assertThat(voice.path("language").asText()).isEqualTo("en-us");
        assertThat(voice.path("gender").asText()).isEqualTo("female");
        assertThat(voice.path("stock").asBoolean(true)).isFalse();
        assertThat(voice.path("formula").asText()).isEqualTo("af_bella(2)+af_sky(1)");
        assertThat(voice.path("created_at").asLong()).isCloseTo(System.currentTimeMillis() / 1000, within(60L));
        assertThat(getJson("/v1/audio/voices/warm_mix")).isEqualTo(voice);
        int voicesWithIt = getJson("/health").path("voices").asInt();
        assertThat(voicesWithIt).isEqualTo(getJson("/v1/audio/voices").path("total").asInt());
        JsonNode listed = listEntry("warm_mix", "/v1/audio/voices?language=a&gender=female");
        listed.fieldNames().forEachRemaining(field -> assertThat(voice.get(field)).as(field).isEqualTo(listed.get(field)));

        assertThat(pack("warm_mix")).isEqualTo(pack("af_bella(2)+af_sky"));
        assertThat(floats(pack("warm_mix(3)+am_adam"))).usingElementComparator(close())
                .containsExactly(floats(pack("af_bella(2)+af_sky+am_adam")));
        speak("warm_mix");
        speak("warm_mix(3)+am_adam");

        HttpResponse<String> patched = send(server, "PATCH", "/v1/audio/voices/warm_mix", "{\"name\": \"Cosy mix\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(JSON.readTree(patched.body()).path("name").asText()).isEqualTo("Cosy mix");
        JsonNode afterPatch = getJson("/v1/audio/voices/warm_mix");
        assertThat(afterPatch.path("name").asText()).isEqualTo("Cosy mix");
        assertThat(afterPatch.path("description").asText()).isEqualTo("Bella with some Sky");
        assertThat(listEntry("warm_mix", "/v1/audio/voices").path("name").asText()).isEqualTo("Cosy mix");

        HttpResponse<String> deleted = send(server, "DELETE", "/v1/audio/voices/warm_mix", null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(deleted.body())).isEqualTo(JSON.readTree(
                "{\"id\": \"warm_mix\", \"object\": \"voice\", \"deleted\": true}"));
        assertError(server.get("/v1/audio/voices/warm_mix"), 404, "voice_not_found");
        assertError(send(server, "DELETE", "/v1/audio/voices/warm_mix", null), 404, "voice_not_found");
        assertError(speech("warm_mix(2)+af_sky"), 400, "voice_not_found");
        assertThat(ids(getJson("/v1/audio/voices"))).doesNotContain("warm_mix");
        assertThat(getJson("/health").path("voices").asInt()).isEqualTo(voicesWithIt - 1);
    }

    @Test
    void packsUploadedAsPtNpyOrBinHoldTheSentNumbersAndSpeak() throws Exception {
        byte[] raw = VoicePackFixtures.rawBytes("af_sky");
        HttpResponse<String> pt = upload(server, Map.of("voice_id", "af_sky_pt", "name", "Sky (pt)"), "af_sky.pt",
                Files.readAllBytes(TestAssets.voice("af_sky")));
        HttpResponse<String> npy = upload(server, Map.of("voice_id", "sky_npy", "language", "en-gb",
                "description", "from numpy"), "sky.npy", VoicePackFixtures.npy("af_sky", "(510, 1, 256)", 1));
        HttpResponse<String> bin = upload(server, Map.of("voice_id", "sky_bin", "language", "a"), "sky.bin", raw);

        for (HttpResponse<String> response : List.of(pt, npy, bin)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            JsonNode voice = JSON.readTree(response.body());
            assertThat(voice.has("formula")).isFalse();
            assertThat(floats(pack(voice.path("id").asText()))).as(voice.path("id").asText())
                    .isEqualTo(floats(raw));
        }
        assertThat(JSON.readTree(pt.body()).path("language").asText()).isEqualTo("en-us");
        assertThat(JSON.readTree(pt.body()).path("gender").asText()).isEqualTo("female");
        assertThat(JSON.readTree(npy.body()).path("language").asText()).isEqualTo("en-gb");
        assertThat(JSON.readTree(npy.body()).path("gender").asText()).isEqualTo("unknown");
        assertThat(JSON.readTree(npy.body()).path("description").asText()).isEqualTo("from numpy");
        assertThat(pack("af_sky_pt+af_bella")).isEqualTo(pack("af_sky+af_bella"));
        speak("sky_bin");
        speak("af_sky_pt+af_bella");
        assertThat(listEntry("sky_npy", "/v1/audio/voices?language=en-gb&gender=unknown").path("id").asText())
                .isEqualTo("sky_npy");
    }

    @Test
    void packsOfTheWrongShapeOrHoldingNanAre422s() throws Exception {
        byte[] raw = VoicePackFixtures.rawBytes("af_sky");
        byte[] nan = raw.clone();
        ByteBuffer.wrap(nan).order(ByteOrder.LITTLE_ENDIAN).putFloat(4 * 300, Float.NaN);
        byte[] rows509 = Arrays.copyOf(raw, raw.length - 256 * 4);

        assertError(upload(server, Map.of("voice_id", "af_bad"), "bad.npy",
                VoicePackFixtures.npy(rows509, "<f4", "(509, 1, 256)", 1)), 422, "invalid_voice_pack");
        assertError(upload(server, Map.of("voice_id", "af_bad"), "bad.bin", rows509), 422, "invalid_voice_pack");
        assertError(upload(server, Map.of("voice_id", "af_bad"), "bad.bin", nan), 422, "invalid_voice_pack");
        assertError(upload(server, Map.of("voice_id", "af_bad"), "bad.pt", "PK\3\4 not really".getBytes()), 422,
                "invalid_voice_pack");
        assertError(server.get("/v1/audio/voices/af_bad"), 404, "voice_not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"af_heart", "alloy", "taken_once"})
    void anIdTakenByAStockVoiceAnOpenAiNameOrACreatedVoiceIsA409(String id) throws Exception {
        postJson(server, "/v1/audio/voices", Map.of("voice_id", "taken_once", "formula", "af_sky"));

        assertError(postJson(server, "/v1/audio/voices", Map.of("voice_id", id, "formula", "af_bella")), 409,
                "voice_exists");
        assertError(upload(server, Map.of("voice_id", id, "language", "a"), "x.bin",
                VoicePackFixtures.rawBytes("af_bella")), 409, "voice_exists");
    }

    static Stream<Arguments> createErrors() {
        return TsvCases.read("/api/voice-create-errors.tsv", 3);
    }

    @ParameterizedTest
    @MethodSource("createErrors")
    void badCreateRequestsAre400sNamingTheField(String body, String param, String code) throws Exception {
        HttpResponse<String> response = send(server, "POST", "/v1/audio/voices", body);
        assertError(response, 400, code);
        assertThat(JSON.readTree(response.body()).at("/error/param").asText(null))
                .isEqualTo(param.equals("-") ? null : param);
        assertError(server.get("/v1/audio/voices/fine"), 404, "voice_not_found");
    }

    @Test
    void badUploadsAre400sNamingTheField() throws Exception {
        byte[] raw = VoicePackFixtures.rawBytes("af_sky");
        assertParam(upload(server, Map.of("voice_id", "mine"), "x.bin", raw), 400, "language");
        assertParam(upload(server, Map.of("voice_id", "af_mine", "formula", "af_sky"), "x.bin", raw), 400, "formula");
        assertParam(upload(server, Map.of("voice_id", "BAD"), "x.bin", raw), 400, "voice_id");
        assertParam(upload(server, Map.of("voice_id", "af_mine"), null, null), 400, "file");
    }

    @Test
    void stockVoicesCanBeReadButNotChangedAndUnknownOnesAre404s() throws Exception {
        JsonNode heart = getJson("/v1/audio/voices/af_heart");
        assertThat(heart.path("stock").asBoolean()).isTrue();
        assertThat(heart.path("grade").asText()).isEqualTo("A");
        JsonNode listed = listEntry("af_heart", "/v1/audio/voices");
        listed.fieldNames().forEachRemaining(field -> assertThat(heart.get(field)).as(field).isEqualTo(listed.get(field)));
        assertThat(heart.fieldNames()).toIterable().contains("id", "name", "description", "language", "gender",
                "created_at", "stock");

        assertError(send(server, "PATCH", "/v1/audio/voices/af_heart", "{\"name\": \"Mine now\"}"), 403, "stock_voice");
        assertError(send(server, "DELETE", "/v1/audio/voices/af_heart", null), 403, "stock_voice");
        assertError(server.get("/v1/audio/voices/nobody"), 404, "voice_not_found");
        assertError(send(server, "PATCH", "/v1/audio/voices/nobody", "{\"name\": \"x\"}"), 404, "voice_not_found");
        assertThat(getJson("/v1/audio/voices/af_heart").path("name").asText()).isEqualTo("Heart");
    }

    @Test
    void patchTakesOnlyNameAndDescription() throws Exception {
        postJson(server, "/v1/audio/voices", Map.of("voice_id", "patch_me", "formula", "am_adam"));

        assertParam(send(server, "PATCH", "/v1/audio/voices/patch_me", "{\"language\": \"b\"}"), 400, "language");
        assertParam(send(server, "PATCH", "/v1/audio/voices/patch_me", "{\"name\": 3}"), 400, "name");
        assertParam(send(server, "PATCH", "/v1/audio/voices/patch_me", "{\"name\": \"\"}"), 400, "name");
        HttpResponse<String> described = send(server, "PATCH", "/v1/audio/voices/patch_me",
                "{\"description\": \"deep\"}");
        assertThat(described.statusCode()).isEqualTo(200);
        JsonNode voice = getJson("/v1/audio/voices/patch_me");
        assertThat(voice.path("name").asText()).isEqualTo("patch_me");
        assertThat(voice.path("description").asText()).isEqualTo("deep");
        assertThat(voice.path("language").asText()).isEqualTo("en-us");
        assertThat(voice.path("gender").asText()).isEqualTo("male");
    }

    @Test
    void anUploadOverAMegabyteIsRefusedWithLengthOrChunked() throws Exception {
        byte[] big = new byte[1_200_000];

        HttpResponse<String> withLength = upload(server, Map.of("voice_id", "af_big"), "big.bin", big);
        HttpResponse<String> chunked = upload(server, Map.of("voice_id", "af_big"), "big.bin", big, true);

        assertError(withLength, 413, "content_too_large");
        assertError(chunked, 413, "content_too_large");
        assertError(server.get("/v1/audio/voices/af_big"), 404, "voice_not_found");
    }

    @Test
    void aBrokenMultipartBodyIsA400() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/v1/audio/voices"))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"voice_id\"\r\n"))
                .build();
        assertError(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), 400, "invalid_multipart");
    }

    @Test
    void combineStillAnswersBesideTheVoiceRoutes() throws Exception {
        HttpResponse<byte[]> combined = server.post("/v1/audio/voices/combine", "\"af_bella+af_sky\"");
        assertThat(combined.statusCode()).isEqualTo(200);
        assertThat(combined.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertError(server.get("/v1/audio/voices/combine"), 404, "voice_not_found");
    }

    @Test
    void createdVoicesSurviveARestartOnTheSameDataDir() throws Exception {
        Path dataDir = dir.resolve("data");
        byte[] keptPack;
        try (TestServer first = TestServer.start(TestAssets.miniModel("B"), Map.of("data-dir", dataDir.toString()))) {
            assertThat(postJson(first, "/v1/audio/voices", Map.of("voice_id", "kept_mix", "name", "Kept",
                    "language", "b", "formula", "bf_emma+af_sky")).statusCode()).isEqualTo(201);
            assertThat(upload(first, Map.of("voice_id", "am_kept"), "adam.pt",
                    Files.readAllBytes(TestAssets.voice("am_adam"))).statusCode()).isEqualTo(201);
            assertThat(postJson(first, "/v1/audio/voices", Map.of("voice_id", "dropped", "formula", "af_sky"))
                    .statusCode()).isEqualTo(201);
            assertThat(send(first, "DELETE", "/v1/audio/voices/dropped", null).statusCode()).isEqualTo(200);
            speakOn(first, "kept_mix");
            keptPack = storage(packOf(first, "kept_mix"));
        }
        assertThat(dataDir.resolve("voices/kept_mix.pt")).isRegularFile();
        assertThat(dataDir.resolve("voices/kept_mix.json")).isRegularFile();
        assertThat(dataDir.resolve("voices/dropped.json")).doesNotExist();

        try (TestServer second = TestServer.start(TestAssets.miniModel("B"), Map.of("data-dir", dataDir.toString()))) {
            HttpResponse<String> kept = second.get("/v1/audio/voices/kept_mix");
            assertThat(kept.statusCode()).isEqualTo(200);
            JsonNode voice = JSON.readTree(kept.body());
            assertThat(voice.path("name").asText()).isEqualTo("Kept");
            assertThat(voice.path("language").asText()).isEqualTo("en-gb");
            assertThat(voice.path("formula").asText()).isEqualTo("bf_emma+af_sky");
            assertThat(storage(packOf(second, "kept_mix"))).isEqualTo(keptPack);
            assertThat(storage(packOf(second, "am_kept"))).isEqualTo(VoicePackFixtures.rawBytes("am_adam"));
            speakOn(second, "kept_mix");
            speakOn(second, "am_kept+af_sky");
            assertError(second.get("/v1/audio/voices/dropped"), 404, "voice_not_found");
        }
    }

    // --- helpers ---

    private static HttpResponse<String> postJson(TestServer target, String path, Map<String, String> body)
            throws Exception {
        return send(target, "POST", path, JSON.writeValueAsString(body));
    }

    private static HttpResponse<String> send(TestServer target, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.uri(path)).timeout(Duration.ofSeconds(60));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data POST built by hand: the fields, then the pack in part {@code file} if there is one. */
    private static HttpResponse<String> upload(TestServer target, Map<String, String> fields, String fileName,
            byte[] content) throws Exception {
        return upload(target, fields, fileName, content, false);
    }

    /** {@code chunked}: sent without a Content-Length, as a stream of unknown size. */
    private static HttpResponse<String> upload(TestServer target, Map<String, String> fields, String fileName,
            byte[] content, boolean chunked) throws Exception {
        String boundary = "----kokoro-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : new LinkedHashMap<>(fields).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(target.uri("/v1/audio/voices"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray()))
                        : HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode listEntry(String id, String listPath) throws Exception {
        List<JsonNode> matches = new ArrayList<>();
        getJson(listPath).path("voices").forEach(v -> {
            if (v.path("id").asText().equals(id)) {
                matches.add(v);
            }
        });
        assertThat(matches).as(id + " in " + listPath).hasSize(1);
        return matches.getFirst();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("voices").forEach(v -> ids.add(v.path("id").asText()));
        return ids;
    }

    /** The float bytes of a voice spec as the server holds it, from the combine route. */
    private static byte[] pack(String spec) throws Exception {
        return storage(packOf(server, spec));
    }

    private static byte[] packOf(TestServer target, String spec) throws Exception {
        HttpResponse<byte[]> response = target.post("/v1/audio/voices/combine", JSON.writeValueAsString(spec));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Blends summed in a different order differ in the last bits. */
    private static Comparator<Float> close() {
        return (a, b) -> Math.abs(a - b) <= 1e-6f ? 0 : Float.compare(a, b);
    }

    /** The float bytes of a .pt pack: its one tensor storage. */
    private static byte[] storage(byte[] pt) throws Exception {
        Path file = Files.write(Files.createTempFile("pack-", ".pt"), pt);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry data = zip.stream().filter(e -> e.getName().endsWith("/data/0")).findFirst()
                    .orElseThrow();
            return zip.getInputStream(data).readAllBytes();
        } finally {
            Files.delete(file);
        }
    }

    private static float[] floats(byte[] littleEndian) {
        float[] values = new float[littleEndian.length / 4];
        ByteBuffer.wrap(littleEndian).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    private static HttpResponse<byte[]> speech(String voice) throws Exception {
        return server.post("/v1/audio/speech", JSON.writeValueAsString(Map.of("model", "tts-1", "input", TEXT,
                "voice", voice, "response_format", "wav")));
    }

    private static void speak(String voice) throws Exception {
        speakOn(server, voice);
    }

    /** Speaks {@link #TEXT} with {@code voice}: audio that is not silence. The model adds noise: no two are alike. */
    private static void speakOn(TestServer target, String voice) throws Exception {
        HttpResponse<byte[]> response = target.post("/v1/audio/speech", JSON.writeValueAsString(Map.of(
                "model", "tts-1", "input", TEXT, "voice", voice, "response_format", "wav")));
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        DecodedAudio audio = DecodedAudio.decode(response.body(), "wav");
        assertThat(audio.rms()).as("not silence").isGreaterThan(0.01);
    }

    private static void assertError(HttpResponse<?> response, int status, String code) throws Exception {
        String body = response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : (String) response.body();
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(JSON.readTree(body).at("/error/code").asText()).as(body).isEqualTo(code);
    }

    private static void assertParam(HttpResponse<String> response, int status, String param) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).at("/error/param").asText()).as(response.body()).isEqualTo(param);
    }
}
