package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.Eventually;
import dev.kokoro.testing.ServerProcess;
import dev.kokoro.testing.TestAssets;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code log-format=json}: a server process writes one JSON object per line, with each request's id. */
@EndToEnd
class JsonLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachLineIsAJsonObjectAndARequestsLinesCarryItsId() throws Exception {
        Instant started = Instant.now();
        try (ServerProcess server = ServerProcess.start(TestAssets.miniModel("B"), Map.of("log-format", "json"))) {
            assertThat(speak(server, "json-ok-1", "Logged as JSON.")).isEqualTo(200);
            assertThat(speak(server, "json-bad-1", "")).isEqualTo(400);

            // A request's line is written as its answer ends, so the client may be done first.
            List<JsonNode> lines = Eventually.await("both request lines", () -> jsonLines(server),
                    all -> all.stream().filter(line -> line.at("/mdc/request_id").asText().startsWith("json-")).count() == 2);

            assertThat(lines).anySatisfy(line -> assertThat(line.path("formattedMessage").asText())
                    .startsWith("Listening on http://127.0.0.1:"));
            JsonNode ok = requestLine(lines, "json-ok-1");
            assertThat(ok.path("level").asText()).isEqualTo("INFO");
            assertThat(ok.path("loggerName").asText()).isEqualTo("dev.kokoro.api.RequestLog");
            assertThat(ok.path("formattedMessage").asText()).startsWith("POST /v1/audio/speech 200 ")
                    .contains("format=mp3");
            assertThat(Instant.ofEpochMilli(ok.path("timestamp").asLong())).isBetween(started, Instant.now());
            assertThat(requestLine(lines, "json-bad-1").path("formattedMessage").asText())
                    .startsWith("POST /v1/audio/speech 400 ").contains("error=empty_input");
        }
    }

    private static int speak(ServerProcess server, String requestId, String input) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/v1/audio/speech"))
                .header("X-Request-Id", requestId)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "input", input, "voice", "af_heart", "response_format", "mp3"))))
                .build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(requestId);
        return response.statusCode();
    }

    /**
     * The server's log lines from the first JSON one on, each parsed: any that is not a JSON object fails the test.
     * (The JVM may warn in plain text before the server has read its settings.)
     */
    private static List<JsonNode> jsonLines(ServerProcess server) {
        List<String> log = server.log().lines().toList();
        List<JsonNode> parsed = new ArrayList<>();
        boolean json = false;
        for (String line : log) {
            json |= line.startsWith("{");
            if (json) {
                try {
                    JsonNode node = JSON.readTree(line);
                    assertThat(node.isObject()).as(line).isTrue();
                    parsed.add(node);
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException("not a JSON line: " + line, e);
                }
            }
        }
        return parsed;
    }

    private static JsonNode requestLine(List<JsonNode> lines, String requestId) {
        return lines.stream().filter(line -> line.at("/mdc/request_id").asText().equals(requestId)
                        && line.path("loggerName").asText().endsWith("RequestLog"))
                .findFirst().orElseThrow(() -> new AssertionError("no request line with request_id " + requestId));
    }
}
