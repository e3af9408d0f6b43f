package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.api.Endpoint;
import dev.kokoro.auth.KeyHash;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server with API keys, per-key limits, a metrics token, an explicit CORS origin and the /dev routes off, through
 * a real HTTP and WebSocket client: what is served with the right key, the 401s and 429s in OpenAI's envelope (and
 * as the OpenAPI document describes them), CORS preflights, and the routes that stay open.
 */
@EndToEnd
class ApiKeysTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** No limits: for everything that is not about a limit. */
    private static final String KEY = "main-key-0123456789abcdef";
    /** From the api-keys setting rather than the file. */
    private static final String SETTING_KEY = "setting-key-0123456789ab";
    private static final String RPM_KEY = "rpm-key-0123456789abcdef";
    private static final String CHARS_KEY = "chars-key-0123456789abcd";
    private static final String WS_CHARS_KEY = "ws-chars-key-0123456789a";
    private static final String STREAMS_KEY = "streams-key-0123456789ab";
    private static final String METRICS_TOKEN = "metrics-token-0123456789";
    private static final String ALLOWED_ORIGIN = "https://studio.example.com";
    private static final int STREAM_RETRY_SECONDS = 3;

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("B"), ApiKeysTest::settings);

    private static Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("api-keys", SETTING_KEY);
        settings.put("api-keys-file", keysFile().toString());
        settings.put("metrics-token", METRICS_TOKEN);
        settings.put("cors-origins", ALLOWED_ORIGIN);
        settings.put("dev-routes", "false");
        settings.put("retry-after-seconds", Integer.toString(STREAM_RETRY_SECONDS));
        return settings;
    }

    private static Path keysFile() {
        try {
            Path file = Files.createTempFile("kokoro-keys-", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, String.join("\n",
                    "# test keys",
                    KeyHash.line(KEY) + " name=main",
                    KeyHash.line(RPM_KEY) + " name=rpm requests-per-minute=2",
                    KeyHash.line(CHARS_KEY) + " name=chars chars-per-day=30",
                    KeyHash.line(WS_CHARS_KEY) + " name=ws-chars chars-per-day=30",
                    KeyHash.line(STREAMS_KEY) + " name=streams concurrent-streams=1", ""));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOpenAiSdkShapedRequestWithTheKeyIsServed() throws Exception {
        for (String key : new String[] {KEY, SETTING_KEY}) {
            HttpResponse<byte[]> response = send(request("/v1/audio/speech")
                    .header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "OpenAI/JS 4.104.0")
                    .header("X-Stainless-Lang", "js")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"model\":\"tts-1\",\"input\":\"Hi there.\",\"voice\":\"alloy\",\"response_format\":\"wav\"}")),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/wav");
            assertThat(response.body().length).isGreaterThan(44);
        }
    }

    @Test
    void aMissingOrWrongKeyIs401InOpenAisEnvelope() throws Exception {
        HttpResponse<String> missing = post("/v1/audio/speech", null, "{\"input\":\"Hi.\",\"voice\":\"alloy\"}");
        HttpResponse<String> wrong = post("/v1/audio/speech", KEY + "x", "{\"input\":\"Hi.\",\"voice\":\"alloy\"}");
        HttpResponse<String> notBearer = send(request("/v1/models").header("Authorization", "Basic " + KEY).GET());

        for (HttpResponse<String> response : java.util.List.of(missing, wrong, notBearer)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error.get("code").asText()).isEqualTo("invalid_api_key");
            assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
            assertThat(error.get("param").isNull()).isTrue();
            assertThat(response.body()).doesNotContain(KEY);
        }
        assertThat(JSON.readTree(missing.body()).at("/error/message").asText()).contains("didn't provide an API key");
        assertThat(JSON.readTree(wrong.body()).at("/error/message").asText()).contains("Incorrect API key");
        documented("POST", "/v1/audio/speech", missing);
    }

    @Test
    void everyApiRouteFamilyNeedsTheKey() throws Exception {
        for (String path : new String[] {"/v1/models", "/v1/audio/voices", "/v1/tasks", "/v2/kokoro/health",
                "/v1/capabilities", "/no/such/route"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(get("/v1/models", KEY).statusCode()).isEqualTo(200);
        assertThat(get("/v2/kokoro/health", KEY).statusCode()).isEqualTo(200);
        HttpResponse<String> run = post("/v2/kokoro/run", KEY, "{\"input\":{\"text\":\"Hi.\",\"voice\":\"af_heart\"}}");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    }

    @Test
    void healthDocsAndTheStudioStayOpen() throws Exception {
        for (String path : new String[] {"/health", "/health/live", "/health/ready", "/openapi.json", "/docs", "/web",
                "/web/api-key.js"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
        }
        Matcher asset = Pattern.compile("href=\"(/webjars/[^\"]+)\"").matcher(get("/docs", null).body());
        assertThat(asset.find()).isTrue();
        assertThat(get(asset.group(1), null).statusCode()).as(asset.group(1)).isEqualTo(200);
        assertThat(get("/", null).statusCode()).isEqualTo(302);
    }

    @Test
    void metricsNeedsItsTokenNotAnApiKey() throws Exception {
        assertThat(get("/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/metrics", KEY).statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = get("/metrics", METRICS_TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("kokoro_queue_depth");
        documented("GET", "/metrics", get("/metrics", null));
    }

    @Test
    void requestsPerMinuteAre429WithRetryAfter() throws Exception {
        assertThat(get("/v1/models", RPM_KEY).statusCode()).isEqualTo(200);
        assertThat(get("/v1/models", RPM_KEY).statusCode()).isEqualTo(200);
        HttpResponse<String> third = get("/v1/models", RPM_KEY);

        assertRateLimited(third);
        assertThat(Long.parseLong(third.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(JSON.readTree(third.body()).at("/error/message").asText()).contains("2 requests per minute");
        documented("GET", "/v1/models", third);
        // another key is not held back by this one's requests
        assertThat(get("/v1/models", KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void charactersPerDayAre429WithRetryAfterUntilMidnightUtc() throws Exception {
        assertThat(post("/v1/audio/speech", CHARS_KEY, speech("Hi there.", "pcm")).statusCode()).isEqualTo(200);
        HttpResponse<String> over = post("/v1/audio/speech", CHARS_KEY, speech("A text of twenty-three", "pcm"));

        assertRateLimited(over);
        long untilMidnight = Duration.between(Instant.now(),
                LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).toSeconds();
        assertThat(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(untilMidnight - 5, untilMidnight + 5);
        assertThat(JSON.readTree(over.body()).at("/error/message").asText()).contains("21 left");
        documented("POST", "/v1/audio/speech", over);
        // what is left is still served; a refused text was not counted
        assertThat(post("/v1/audio/speech", CHARS_KEY, speech("Twenty-one characters", "pcm")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void charactersSentOnTheStreamSocketCountToo() throws Exception {
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/v1/audio/stream/ws?api_key=" + WS_CHARS_KEY);
        try (StreamSocketClient client = StreamSocketClient.connect(uri)) {
            client.send(Map.of("message_type", "text_request", "request_id", "a", "text", "Hi there.",
                    "voice_id", "af_heart", "format", "pcm"));
            assertThat(client.untilDone("a")).last().satisfies(m -> assertThat(m.type()).isEqualTo("synthesis_complete"));
            client.send(Map.of("message_type", "text_request", "request_id", "b", "text", "A text of twenty-three",
                    "voice_id", "af_heart", "format", "pcm"));
            StreamSocketClient.Received refused = client.untilDone("b").getLast();
            assertThat(refused.type()).isEqualTo("error");
            assertThat(refused.message().path("error_code").asText()).isEqualTo("rate_limit_exceeded");
            assertThat(refused.message().path("retry_after").asLong()).isPositive();
        }
    }

    @Test
    void concurrentStreamsAre429UntilTheStreamEnds() throws Exception {
        String longBody = speech("A long text that keeps this key's only stream busy. ".repeat(40), "pcm")
                .replace("}", ",\"speed\":0.25}");
        try (Socket slow = new Socket("127.0.0.1", server.port())) {
            byte[] payload = longBody.getBytes(StandardCharsets.UTF_8);
            OutputStream out = slow.getOutputStream();
            out.write(("POST /v1/audio/speech HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + STREAMS_KEY
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + payload.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            InputStream in = slow.getInputStream();
            assertThat(in.read(new byte[1024])).isPositive(); // streaming has begun and holds the stream

            HttpResponse<String> second = post("/v1/audio/speech", STREAMS_KEY, speech("Hi.", "pcm"));
            assertRateLimited(second);
            assertThat(second.headers().firstValue("Retry-After")).hasValue(Integer.toString(STREAM_RETRY_SECONDS));
            assertThat(JSON.readTree(second.body()).at("/error/message").asText()).contains("1 syntheses");
            // another key streams meanwhile
            assertThat(post("/v1/audio/speech", KEY, speech("Hi.", "pcm")).statusCode()).isEqualTo(200);
        }
        // The client hung up: its stream ends, and the key may start another.
        HttpResponse<String> after = null;
        for (int i = 0; i < 100; i++) {
            after = post("/v1/audio/speech", STREAMS_KEY, speech("Hi.", "pcm"));
            if (after.statusCode() != 429) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void aRealtimeSessionHoldsOneOfTheKeysStreamsWhileOpen() throws Exception {
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/v1/realtime?api_key=" + STREAMS_KEY);
        try (RealtimeClient first = RealtimeClient.setUp(uri, "{\"voice\": \"af_heart\"}")) {
            assertRateLimited(post("/v1/audio/speech", STREAMS_KEY, speech("Hi.", "pcm")));
            try (RealtimeClient second = RealtimeClient.connect(uri)) {
                RealtimeClient.Received refused = second.next();
                assertThat(refused.is("/error/code")).as(String.valueOf(refused)).isTrue();
                assertThat(refused.json().at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
                assertThat(second.next().closeCode()).isEqualTo(1008);
            }
        }
        HttpResponse<String> after = null;
        for (int i = 0; i < 100 && (after == null || after.statusCode() == 429); i++) {
            Thread.sleep(after == null ? 0 : 100);
            after = post("/v1/audio/speech", STREAMS_KEY, speech("Hi.", "pcm"));
        }
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void aWebSocketNeedsTheKeyInAHeaderOrTheQuery() throws Exception {
        for (String path : new String[] {"/v1/realtime", "/v1/audio/stream/ws"}) {
            assertThat(handshakeStatus(path, Map.of())).as(path).isEqualTo(401);
            assertThat(handshakeStatus(path + "?api_key=" + KEY + "x", Map.of())).as(path).isEqualTo(401);
            assertThat(handshakeStatus(path, Map.of("Authorization", "Bearer " + KEY))).as(path).isEqualTo(101);
            assertThat(handshakeStatus(path + "?api_key=" + KEY, Map.of())).as(path).isEqualTo(101);
            // another site's page cannot open one with its visitor's browser, key or not
            assertThat(handshakeStatus(path + "?api_key=" + KEY, Map.of("Origin", "https://evil.example")))
                    .as(path).isEqualTo(403);
            assertThat(handshakeStatus(path + "?api_key=" + KEY, Map.of("Origin", ALLOWED_ORIGIN)))
                    .as(path).isEqualTo(101);
        }
        try (RealtimeClient client = RealtimeClient.setUp(
                URI.create("ws://127.0.0.1:" + server.port() + "/v1/realtime?api_key=" + KEY),
                "{\"voice\": \"af_heart\"}")) {
            client.content("Hello there.", true);
            client.until(r -> r.is("/serverContent/turnComplete"));
        }
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAKey() throws Exception {
        HttpResponse<String> preflight = send(request("/v1/audio/speech")
                .header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-stainless-os")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValue("authorization, content-type, x-stainless-os");
        assertThat(preflight.headers().firstValue("Vary")).hasValue("Origin");

        HttpResponse<String> actual = send(request("/v1/models").header("Origin", ALLOWED_ORIGIN)
                .header("Authorization", "Bearer " + KEY).GET());
        assertThat(actual.statusCode()).isEqualTo(200);
        assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        // a page can read why it was refused, and when to come back
        HttpResponse<String> refused = send(request("/v1/models").header("Origin", ALLOWED_ORIGIN).GET());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(refused.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                exposed -> assertThat(exposed).contains("Retry-After"));
    }

    @Test
    void anOriginNotOnTheListIsNeverReflected() throws Exception {
        for (String origin : new String[] {"https://evil.example", "https://studio.example.com.evil.example",
                "http://studio.example.com", "http://localhost:5173", "null"}) {
            HttpResponse<String> preflight = send(request("/v1/audio/speech")
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertThat(preflight.statusCode()).as(origin).isEqualTo(403);
            assertThat(JSON.readTree(preflight.body()).at("/error/code").asText()).isEqualTo("origin_not_allowed");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();

            HttpResponse<String> actual = send(request("/v1/models").header("Origin", origin)
                    .header("Authorization", "Bearer " + KEY).GET());
            assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
        }
    }

    @Test
    void devRoutesOffAre404AndLeftOutOfTheDocument() throws Exception {
        for (String path : new String[] {"/dev/phonemize", "/dev/generate_from_phonemes", "/dev/ssml",
                "/dev/captioned_speech"}) {
            HttpResponse<String> response = post(path, KEY, "{\"text\":\"Hello.\",\"input\":\"Hello.\"}");
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        JsonNode document = JSON.readTree(get("/openapi.json", null).body());
        assertThat(document.path("paths").properties()).extracting(Map.Entry::getKey)
                .isNotEmpty().noneMatch(path -> path.startsWith("/dev"));
        assertThat(document.path("tags").findValuesAsText("name")).doesNotContain("Developer");

        Set<String> documented = new TreeSet<>();
        new DocumentedAnswers(document.toString()).operations().forEach(op -> documented.add(op.route()));
        Set<String> registered = new TreeSet<>();
        for (Endpoint endpoint : server.endpoints()) {
            registered.add(endpoint.method() + " " + endpoint.path());
        }
        assertThat(documented).isEqualTo(registered);
    }

    private static void assertRateLimited(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(429);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(error.get("type").asText()).isEqualTo("requests");
    }

    /** Fails unless the OpenAPI document describes this answer of the route. */
    private static void documented(String method, String path, HttpResponse<String> response) throws Exception {
        DocumentedAnswers answers = new DocumentedAnswers(get("/openapi.json", null).body());
        answers.check(answers.operationFor(method, path), response);
    }

    /** The status of a WebSocket handshake: 101 when it opened. */
    private static int handshakeStatus(String path, Map<String, String> headers) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        headers.forEach(builder::header);
        try {
            WebSocket socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + server.port() + path),
                    new WebSocket.Listener() { }).join();
            socket.abort();
            return 101;
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }

    private static String speech(String input, String format) throws Exception {
        return JSON.writeValueAsString(Map.of("model", "tts-1", "input", input, "voice", "af_heart",
                "response_format", format));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request);
    }

    private static HttpResponse<String> post(String path, String key, String body) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws Exception {
        return HTTP.send(request.build(), body);
    }
}
