package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A full server answers 503 with Retry-After; the developer routes phonemize and speak phonemes. */
@EndToEnd
class BusyAndDevRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("B"), Map.of(
            "max-streams", "1", "retry-after-seconds", "3",
            // the slow socket below stops reading: it must keep its slot, refused at once, as in the hard cap alone
            "max-parked-streams", "0", "admission-queue-seconds", "0",
            // one chunk for short phrases, so sample counts below are exact
            "first-chunk-tokens", "50"));

    @Test
    void aFullServerAnswers503WithRetryAfter() throws Exception {
        String longBody = JSON.writeValueAsString(Map.of("model", "tts-1", "voice", "af_heart",
                "response_format", "pcm", "speed", 0.25, "input", "A long text that keeps the only slot busy. ".repeat(60)));
        try (Socket slow = new Socket("127.0.0.1", server.port())) {
            byte[] payload = longBody.getBytes(StandardCharsets.UTF_8);
            OutputStream out = slow.getOutputStream();
            out.write(("POST /v1/audio/speech HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                    + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            InputStream in = slow.getInputStream();
            assertThat(in.read(new byte[1024])).isPositive(); // streaming has begun and holds the slot

            HttpResponse<byte[]> refused = server.post("/v1/audio/speech",
                    "{\"model\":\"tts-1\",\"input\":\"Hi.\",\"voice\":\"alloy\"}");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("3");
            JsonNode error = JSON.readTree(refused.body()).get("error");
            assertThat(error.get("code").asText()).isEqualTo("server_busy");
            assertThat(error.get("type").asText()).isEqualTo("server_error");
        }
        awaitIdle();
        assertThat(server.post("/v1/audio/speech", "{\"model\":\"tts-1\",\"input\":\"Hi.\",\"voice\":\"alloy\"}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void phonemizeReturnsPhonemesAndTheirTokens() throws Exception {
        awaitIdle();
        HttpResponse<byte[]> response = server.post("/dev/phonemize", "{\"text\":\"Hello world.\",\"language\":\"a\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("phonemes").asText()).isEqualTo("həlˈO wˈɜɹld.");
        JsonNode tokens = body.get("tokens");
        // pad, one token per phoneme symbol, pad
        assertThat(tokens.size()).isEqualTo("həlˈO wˈɜɹld.".length() + 2);
        assertThat(tokens.get(0).asInt()).isZero();
        assertThat(tokens.get(tokens.size() - 1).asInt()).isZero();
        assertThat(tokens.get(1).asInt()).isEqualTo(50); // 'h' in Kokoro's vocab
    }

    @Test
    void phonemizeRefusesBadInput() throws Exception {
        assertThat(server.post("/dev/phonemize", "{\"text\":\"\"}").statusCode()).isEqualTo(400);
        assertThat(server.post("/dev/phonemize", "{\"text\":\"hi\",\"language\":\"qq\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void generateFromPhonemesSpeaksThemVerbatim() throws Exception {
        awaitIdle();
        String phonemes = "həlˈO wˈɜɹld.";
        HttpResponse<byte[]> response = server.post("/dev/generate_from_phonemes", JSON.writeValueAsString(Map.of(
                "phonemes", phonemes, "voice", "af_heart", "response_format", "wav")));
        assertThat(response.statusCode()).isEqualTo(200);
        DecodedAudio audio = DecodedAudio.decode(response.body(), "wav");
        assertThat(audio.decodeErrors()).isZero();
        // The twin speaks each token, pads included, for exactly 1800 samples; a gap follows the sentence.
        int speech = (phonemes.length() + 2) * 1800;
        assertThat(audio.sampleCount()).isBetween(speech, speech + 2400 + 1);

        HttpResponse<byte[]> bad = server.post("/dev/generate_from_phonemes", "{\"phonemes\":\"\",\"voice\":\"af_heart\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).at("/error/param").asText()).isEqualTo("phonemes");

        HttpResponse<byte[]> silent = server.post("/dev/generate_from_phonemes",
                "{\"phonemes\":\"…\",\"voice\":\"af_heart\"}");
        assertThat(silent.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(silent.body()).at("/error/code").asText()).isEqualTo("nothing_to_speak");
        assertThat(JSON.readTree(silent.body()).at("/error/param").asText()).isEqualTo("phonemes");
    }

    private static void awaitIdle() throws InterruptedException {
        for (int i = 0; i < 600 && server.stats().openStreams() > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(server.stats().openStreams()).isZero();
    }
}
