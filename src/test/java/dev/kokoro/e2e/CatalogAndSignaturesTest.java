package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three published graph signatures each serve speech, voices, models and health unchanged. */
@EndToEnd
class CatalogAndSignaturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "signature {0}")
    @ValueSource(strings = {"A", "B", "C"})
    void eachSignatureServesEveryRoute(String signature) throws Exception {
        try (TestServer server = TestServer.startMini(signature)) {
            JsonNode health = JSON.readTree(server.get("/health").body());
            assertThat(health.get("status").asText()).isEqualTo("healthy");
            assertThat(health.at("/model/ready").asBoolean()).isTrue();
            assertThat(health.at("/model/sha256").asText()).hasSize(64);
            assertThat(health.at("/model/signature").asText()).isNotBlank();
            assertThat(health.at("/model/durations").asText())
                    .isEqualTo(signature.equals("A") ? "model_output" : "graph_tensor");

            JsonNode voices = JSON.readTree(server.get("/v1/audio/voices").body()).get("voices");
            assertThat(voices.size()).isGreaterThanOrEqualTo(54);
            JsonNode heart = null;
            for (JsonNode v : voices) {
                if (v.get("id").asText().equals("af_heart")) {
                    heart = v;
                }
            }
            assertThat(heart).isNotNull();
            assertThat(heart.get("language").asText()).isEqualTo("en-us");
            assertThat(heart.get("gender").asText()).isEqualTo("female");
            assertThat(heart.get("name").asText()).isNotBlank();

            JsonNode models = JSON.readTree(server.get("/v1/models").body());
            assertThat(models.get("object").asText()).isEqualTo("list");
            assertThat(models.get("data").findValuesAsText("id")).contains("tts-1", "tts-1-hd", "gpt-4o-mini-tts", "kokoro");
            HttpResponse<String> one = server.get("/v1/models/gpt-4o-mini-tts-2025-03-20");
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(one.body()).get("object").asText()).isEqualTo("model");

            String body = "{\"model\":\"tts-1\",\"input\":\"One sentence for every signature.\",\"voice\":\"af_heart\","
                    + "\"response_format\":\"flac\",\"speed\":1}";
            HttpResponse<byte[]> speech = server.post("/v1/audio/speech", body);
            assertThat(speech.statusCode()).isEqualTo(200);
            DecodedAudio audio = DecodedAudio.decode(speech.body(), "flac");
            assertThat(audio.decodeErrors()).isZero();
            assertThat(audio.sampleRate()).isEqualTo(24_000);
            assertThat(audio.durationSeconds()).isBetween(1.0, 5.0);
        }
    }
}
