package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code preload-languages} loads the named languages' front-ends in the background once the server listens,
 * and {@code GET /health} lists the languages that are ready.
 */
@EndToEnd
class LanguagePreloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void preloadedLanguagesBecomeReadyWithoutARequest() throws Exception {
        try (TestServer server = TestServer.start(TestAssets.miniModel("B"), Map.of("preload-languages", "j,z"))) {
            List<String> ready = readyLanguages(server);
            assertThat(ready).as("English loads before the server listens").contains("en-us", "en-gb");
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!ready.containsAll(List.of("ja", "zh")) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                ready = readyLanguages(server);
            }
            assertThat(ready).containsExactly("en-us", "en-gb", "ja", "zh");
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
