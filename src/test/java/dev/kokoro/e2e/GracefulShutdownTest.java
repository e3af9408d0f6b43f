package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.Eventually;
import dev.kokoro.testing.ServerProcess;
import dev.kokoro.testing.TestAssets;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM to a real server process: the probes, a stream open at the time, a request that comes during the drain,
 * and the grace period's end for a client that stopped reading.
 */
@EndToEnd
class GracefulShutdownTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Long enough (minutes of PCM) that an unread stream stays open, blocked on the socket. */
    private static final String LONG_TEXT = "A long text keeps the stream open while the server shuts down. ".repeat(60);

    private static String speech(String text) throws Exception {
        return JSON.writeValueAsString(Map.of("model", "kokoro", "input", text, "voice", "af_heart",
                "response_format", "pcm"));
    }

    private static HttpResponse<InputStream> openStream(ServerProcess server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/v1/audio/speech"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(speech(LONG_TEXT))).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static void awaitDraining(ServerProcess server) {
        Eventually.await("readiness to turn 503", () -> server.get("/health/ready").statusCode(),
                status -> status == 503);
    }

    @Test
    void sigtermLetsAnOpenStreamFinishAndRefusesNewSpeechMeanwhile() throws Exception {
        try (ServerProcess server = ServerProcess.start(TestAssets.miniModel("B"),
                Map.of("max-input-chars", "10000", "shutdown-grace-seconds", "60"))) {
            assertThat(server.get("/health/live").body()).contains("\"alive\"");
            assertThat(server.get("/health/ready").statusCode()).isEqualTo(200);
            int wholeLength = server.post("/v1/audio/speech", speech(LONG_TEXT)).body().length;

            HttpResponse<InputStream> open = openStream(server);
            try (InputStream audio = open.body()) {
                byte[] start = audio.readNBytes(4800);
                server.terminate();
                awaitDraining(server);

                JsonNode ready = JSON.readTree(server.get("/health/ready").body());
                assertThat(ready.path("status").asText()).isEqualTo("draining");
                assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
                HttpResponse<byte[]> refused = server.post("/v1/audio/speech", speech("Too late."));
                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(JSON.readTree(refused.body()).path("error").path("message").asText())
                        .contains("shutting down");

                byte[] rest = audio.readAllBytes();
                assertThat(start.length + rest.length).isEqualTo(wholeLength);
            }
            OptionalInt exit = server.awaitExit(Duration.ofSeconds(30));
            assertThat(exit).as("the server exits once the stream ended; log:\n%s", server.log()).isPresent();
            assertThat(server.log()).contains("every open stream finished");
        }
    }

    @Test
    void aStreamNobodyReadsIsCutWhenTheGracePeriodEnds() throws Exception {
        try (ServerProcess server = ServerProcess.start(TestAssets.miniModel("B"),
                Map.of("max-input-chars", "10000", "shutdown-grace-seconds", "1"))) {
            HttpResponse<InputStream> open = openStream(server);
            try (InputStream audio = open.body()) {
                audio.readNBytes(4800);
                server.terminate();
                OptionalInt exit = server.awaitExit(Duration.ofSeconds(30));
                assertThat(exit).as("the server exits after the grace period; log:\n%s", server.log()).isPresent();
                assertThat(server.log()).contains("1 streams cut at the grace period's end");
            }
        }
    }
}
