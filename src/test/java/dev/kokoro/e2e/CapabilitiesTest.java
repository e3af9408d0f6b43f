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

/** {@code GET /v1/capabilities} agrees with what the server actually serves. */
@EndToEnd
class CapabilitiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void describesLanguagesVoicesFormatsAndLimitsTheServerHonours() throws Exception {
        try (TestServer server = TestServer.start(TestAssets.miniModel("B"),
                Map.of("max-input-chars", "1000"))) {
            JsonNode caps = JSON.readTree(server.get("/v1/capabilities").body());

            List<String> voiceIds = new ArrayList<>();
            JSON.readTree(server.get("/v1/audio/voices").body()).path("voices")
                    .forEach(v -> voiceIds.add(v.path("id").asText()));
            List<String> byLanguage = new ArrayList<>();
            caps.path("languages").forEach(language -> language.path("voices").forEach(v -> {
                assertThat(v.asText().charAt(0)).as(v.asText()).isEqualTo(language.path("lang_code").asText().charAt(0));
                byLanguage.add(v.asText());
            }));
            assertThat(caps.path("languages")).hasSize(9);
            assertThat(caps.path("languages").get(6).path("tag").asText()).isEqualTo("ja");
            assertThat(byLanguage).containsExactlyInAnyOrderElementsOf(voiceIds);
            assertThat(caps.path("voices_total").asInt()).isEqualTo(voiceIds.size());

            assertThat(caps.path("response_formats").toString())
                    .isEqualTo("[\"mp3\",\"opus\",\"aac\",\"flac\",\"wav\",\"pcm\",\"mulaw\",\"alaw\"]");
            assertThat(caps.path("sample_rate").asInt()).isEqualTo(24_000);
            assertThat(caps.at("/limits/max_input_chars").asInt()).isEqualTo(1000);
            assertThat(caps.at("/limits/speed/min").asDouble()).isEqualTo(0.25);
            assertThat(caps.at("/limits/speed/max").asDouble()).isEqualTo(4.0);
            assertThat(caps.at("/streaming/stream_format").toString()).isEqualTo("[\"audio\",\"sse\"]");
            assertThat(caps.at("/model/signature").asText()).isNotBlank();
            assertThat(caps.at("/model/device").asText()).isEqualTo("cpu");

            // The limits are the ones requests meet: one character over is refused, the limit itself is not.
            String atLimit = JSON.writeValueAsString(Map.of("input", "a".repeat(1000), "voice", "af_heart",
                    "response_format", "pcm", "stream", false));
            String overLimit = JSON.writeValueAsString(Map.of("input", "a".repeat(1001), "voice", "af_heart"));
            assertThat(server.post("/v1/audio/speech", overLimit).statusCode()).isEqualTo(400);
            assertThat(server.post("/v1/audio/speech", atLimit).statusCode()).isEqualTo(200);
        }
    }
}
