package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import dev.kokoro.voice.Voice;
import dev.kokoro.voice.VoiceLibrary;
import dev.kokoro.voice.VoiceTable;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /v1/audio/voices/combine} returns a {@code .pt} pack that loads back as a voice whose numbers are
 * the normalized weighted sum of the named packs.
 */
@EndToEnd
class VoiceCombineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    private static VoiceLibrary stock;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadStockVoices() {
        stock = VoiceLibrary.load(TestAssets.voices(), Path.of("config"));
    }

    @Test
    void aFormulaComesBackAsAPackHoldingTheWeightedSum() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/audio/voices/combine", "\"af_bella(2)+af_sky\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment; filename=\"af_bella_2_af_sky").endsWith(".pt\""));
        Voice combined = loadBack(response.body());
        Voice bella = stock.resolve("af_bella");
        Voice sky = stock.resolve("af_sky");
        for (int count = 1; count <= VoiceTable.ROWS; count++) {
            float[] row = combined.styleFor(count);
            float[] b = bella.styleFor(count);
            float[] s = sky.styleFor(count);
            for (int i = 0; i < VoiceTable.WIDTH; i++) {
                assertThat((double) row[i]).isCloseTo((2.0 * b[i] + s[i]) / 3.0, offset(1e-6));
            }
        }
    }

    @Test
    void aListOfNamesWeighsThemEquallyAndOneNameIsThatPack() throws Exception {
        Voice listed = loadBack(server.post("/v1/audio/voices/combine", "[\"af_bella\", \"af_sky\"]").body());
        Voice equal = stock.resolve("af_bella+af_sky");
        Voice single = loadBack(server.post("/v1/audio/voices/combine", "{\"voices\": \"af_sky\"}").body());
        Voice sky = stock.resolve("af_sky");
        for (int count = 1; count <= VoiceTable.ROWS; count++) {
            assertThat(listed.styleFor(count)).isEqualTo(equal.styleFor(count));
            assertThat(single.styleFor(count)).isEqualTo(sky.styleFor(count));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "[]", "{\"voices\": 5}", "{\"voices\": [\"af_sky\", 3]}", "\"\"", "null",
            "\"no_such_voice\"", "\"af_bella(0)\"", "{\"voices\": \"af_sky\""})
    void whatIsNoFormulaIsA400InOpenAisEnvelope(String body) throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/audio/voices/combine", body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        JsonNode error = JSON.readTree(new String(response.body(), StandardCharsets.UTF_8)).path("error");
        assertThat(error.path("message").asText()).isNotBlank();
        assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
    }

    private Voice loadBack(byte[] pack) throws Exception {
        Path voices = Files.createDirectories(dir.resolve("voices-" + System.nanoTime()));
        Files.write(voices.resolve("zz_combined.pt"), pack);
        return VoiceLibrary.load(voices, Path.of("config")).resolve("zz_combined");
    }
}
