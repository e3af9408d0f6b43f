package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Inline markup reaches the model as meant: pauses become silence, custom phonemes are used verbatim. */
@EndToEnd
class MarkupThroughServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("A"),
            Map.of("max-pause-seconds", "5"));

    private static JsonNode phonemize(String text) throws Exception {
        var response = server.post("/dev/phonemize", JSON.writeValueAsString(Map.of("text", text, "language", "a")));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static int samples(String input) throws Exception {
        var response = server.post("/v1/audio/speech", JSON.writeValueAsString(Map.of("model", "tts-1",
                "input", input, "voice", "af_heart", "response_format", "pcm")));
        assertThat(response.statusCode()).isEqualTo(200);
        return DecodedAudio.fromPcm(response.body()).sampleCount();
    }

    @Test
    void customPronunciationIsUsedVerbatimAndNeverReadAloud() throws Exception {
        String phonemes = phonemize("Say [Kokoro](/kˈOkəɹO/) twice.").get("phonemes").asText();
        assertThat(phonemes).contains("kˈOkəɹO").doesNotContain("/").doesNotContain("slˈæʃ");
        assertThat(phonemes).startsWith("sˈA").endsWith(".");
    }

    @Test
    void pausesBecomeSilenceOfTheRequestedLength() throws Exception {
        int plain = samples("Hello there.");
        int paused = samples("Hello [pause:1.5s] there.");
        int extra = paused - plain;
        // 1.5 s of silence; the pause also splits the text into two model calls (two more pad tokens).
        assertThat(extra).isBetween(36_000 - 2_400, 36_000 + 2 * 1_800 + 2_400);
        assertThat(phonemize("Hello [pause:1.5s] there.").get("phonemes").asText())
                .doesNotContain("pˈɔz").doesNotContain("[");
    }

    @Test
    void normalizationOptionsReachTheNormalizer() throws Exception {
        String text = "Visit https://example.com today.";
        String withUrls = phonemize(text).get("phonemes").asText();
        var response = server.post("/dev/phonemize", JSON.writeValueAsString(Map.of("text", text, "language", "a",
                "normalization_options", Map.of("url_normalization", false, "replace_remaining_symbols", false))));
        assertThat(response.statusCode()).isEqualTo(200);
        String withoutUrls = JSON.readTree(response.body()).get("phonemes").asText();
        assertThat(withUrls).contains("dˈɑt"); // "example dot com"
        assertThat(withoutUrls).isNotEqualTo(withUrls);

        var speech = server.post("/v1/audio/speech", JSON.writeValueAsString(Map.of("model", "tts-1",
                "input", "It is 25 km away.", "voice", "af_heart", "response_format", "wav",
                "normalization_options", Map.of("unit_normalization", true))));
        assertThat(speech.statusCode()).isEqualTo(200);
        var bad = server.post("/v1/audio/speech", "{\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"af_heart\","
                + "\"normalization_options\":{\"normalize\":\"sometimes\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void pausesAreCappedAndWorkAtTheEdges() throws Exception {
        int capped = samples("[pause:60s]Hi.");
        int fiveSeconds = samples("[pause:5s]Hi.");
        assertThat(capped).isEqualTo(fiveSeconds);
        assertThat(samples("Hi.[pause:1s]") - samples("Hi.")).isBetween(24_000 - 2_400, 24_000 + 2_400);
    }
}
