package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.Eventually;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code preload-languages} loads the named languages' front-ends in the background once the server listens,
 * {@code GET /health} lists the languages that are ready, and {@code GET /health/ready} waits for them.
 */
@EndToEnd
class LanguagePreloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Loading Japanese and Chinese takes seconds, and more on a busy machine. */
    private static final Duration LOADING = Duration.ofSeconds(120);

    @Test
    void preloadedLanguagesBecomeReadyWithoutARequest() throws Exception {
        try (TestServer server = TestServer.start(TestAssets.miniModel("B"), Map.of("preload-languages", "j,z"))) {
            assertThat(readyLanguages(server)).as("English loads before the server listens").contains("en-us", "en-gb");

            List<String> ready = Eventually.await("Japanese and Chinese loaded", LOADING, () -> readyLanguages(server),
                    tags -> tags.containsAll(List.of("ja", "zh")));

            assertThat(ready).containsExactly("en-us", "en-gb", "ja", "zh");
        }
    }

    /**
     * That background load takes seconds of the CPU a synthesis needs: the server serves meanwhile but is not ready,
     * so that a load balancer sends traffic once it can serve it at full speed.
     */
    @Test
    void notReadyUntilThePreloadedLanguagesAreLoadedButServingMeanwhile() throws Exception {
        try (TestServer server = TestServer.start(TestAssets.miniModel("B"), Map.of("preload-languages", "all"))) {
            HttpResponse<String> loading = server.get("/health/ready");
            assertThat(loading.statusCode()).as(loading.body()).isEqualTo(503);
            assertThat(JSON.readTree(loading.body()).path("status").asText()).isEqualTo("loading");
            assertThat(JSON.readTree(server.get("/health").body()).path("status").asText()).isEqualTo("loading");
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
            HttpResponse<byte[]> speech = server.post("/v1/audio/speech", JSON.writeValueAsString(Map.of(
                    "input", "Served while loading.", "voice", "af_heart", "response_format", "pcm")));
            assertThat(speech.statusCode()).isEqualTo(200);
            assertThat(speech.body()).isNotEmpty();

            HttpResponse<String> ready = Eventually.await("readiness once every language is loaded", LOADING,
                    () -> server.get("/health/ready"), response -> response.statusCode() == 200);

            assertThat(JSON.readTree(ready.body()).path("status").asText()).isEqualTo("ready");
            assertThat(JSON.readTree(server.get("/health").body()).path("status").asText()).isEqualTo("healthy");
            assertThat(readyLanguages(server)).hasSize(9);
        }
    }

    @Test
    void withoutPreloadALanguageLoadsOnItsFirstRequest() throws Exception {
        try (TestServer server = TestServer.startMini("B")) {
            assertThat(readyLanguages(server)).containsExactly("en-us", "en-gb");
            String body = JSON.writeValueAsString(Map.of("text", "¿Qué tal?", "language", "e"));
            assertThat(server.post("/dev/phonemize", body).statusCode()).isEqualTo(200);
            assertThat(readyLanguages(server)).containsExactly("en-us", "en-gb", "es");
        }
    }

    private static List<String> readyLanguages(TestServer server) throws Exception {
        JsonNode health = JSON.readTree(server.get("/health").body());
        List<String> tags = new ArrayList<>();
        health.path("languages_ready").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }
}
