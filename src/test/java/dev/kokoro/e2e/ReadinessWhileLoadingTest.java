package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.Eventually;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * While the languages of {@code preload-languages} load in the background (seconds of CPU on a small machine), the
 * server serves requests but is not ready: a load balancer sends traffic once it can serve it at full speed.
 */
@EndToEnd
class ReadinessWhileLoadingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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

            HttpResponse<String> ready = Eventually.await("readiness once every language is loaded",
                    () -> server.get("/health/ready"), response -> response.statusCode() == 200);

            assertThat(JSON.readTree(ready.body()).path("status").asText()).isEqualTo("ready");
            JsonNode health = JSON.readTree(server.get("/health").body());
            assertThat(health.path("status").asText()).isEqualTo("healthy");
            assertThat(health.path("languages_ready")).hasSize(9);
        }
    }
}
