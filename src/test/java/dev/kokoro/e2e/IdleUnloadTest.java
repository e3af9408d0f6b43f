package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.Eventually;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** model-idle-unload-seconds: the model leaves memory when idle, /health says so, and the next request brings it back. */
@EndToEnd
class IdleUnloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static boolean loaded(TestServer server) throws Exception {
        return JSON.readTree(server.get("/health").body()).path("model").path("loaded").asBoolean();
    }

    @Test
    void anIdleModelIsFreedAndTheNextRequestLoadsItAgain() throws Exception {
        String body = JSON.writeValueAsString(Map.of("input", "Hello again.", "voice", "af_heart",
                "response_format", "pcm"));
        try (TestServer server = TestServer.start(TestAssets.miniModel("B"), Map.of("model-idle-unload-seconds", "1"))) {
            int length = server.post("/v1/audio/speech", body).body().length;
            Eventually.await("the model to be unloaded after a second without a run", () -> loaded(server),
                    loaded -> !loaded);
            assertThat(server.get("/health/ready").statusCode()).isEqualTo(200);

            var again = server.post("/v1/audio/speech", body);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).hasSize(length);
        }
    }
}
