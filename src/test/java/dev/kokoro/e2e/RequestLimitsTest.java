package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.FfmpegCli;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What one request may make: pauses in all, and how much audio an answer that is not streamed may buffer. Each
 * limit answers 400 with OpenAI's envelope naming the input, and leaves the server serving. Also what such a whole
 * file says of its own length, decoded by the ffmpeg CLI against the pcm answer to the same request.
 */
@EndToEnd
class RequestLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WHOLE_FILE_SECONDS = 3;

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("A"),
            Map.of("max-whole-file-seconds", String.valueOf(WHOLE_FILE_SECONDS)));

    private static HttpResponse<byte[]> speak(String route, String input, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("model", "tts-1", "input", input, "voice", "af_heart",
                "response_format", "pcm"));
        body.putAll(extra);
        return server.post(route, JSON.writeValueAsString(body));
    }

    private static void assertRefused(HttpResponse<byte[]> response, String code) throws Exception {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("param").asText()).isEqualTo("input");
    }

    @Test
    void manyShortPausesPastTheTotalAreRefusedBeforeAnyAudio() throws Exception {
        // The attack: 372 tags, each at the per-tag cap of 10 s, were an hour of silence from 4 KB of input.
        String input = "[pause:10s]".repeat(372);
        assertRefused(speak("/v1/audio/speech", input, Map.of()), "too_much_pause");
        assertRefused(speak("/v1/audio/speech", input, Map.of("stream", false)), "too_much_pause");
    }

    @Test
    void ssmlBreaksCountTowardsTheTotalPause() throws Exception {
        String ssml = "<speak>" + "Hi. <break time=\"10s\"/>".repeat(7) + "</speak>";
        assertRefused(speak("/v1/audio/speech", ssml, Map.of()), "too_much_pause");
    }

    @Test
    void pausesWithinTheTotalAreSpoken() throws Exception {
        assertThat(speak("/v1/audio/speech", "Hi.[pause:10s]".repeat(6), Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void aWholeFileClearlyLongerThanTheLimitIsRefusedFromItsPlan() throws Exception {
        // Four seconds of pauses alone are more than the three a whole file may hold.
        String input = "One. [pause:2s] Two. [pause:2s] Three.";
        assertRefused(speak("/v1/audio/speech", input, Map.of("stream", false, "response_format", "mp3")),
                "audio_too_long");
        assertRefused(speak("/dev/captioned_speech", input, Map.of("stream", false)), "audio_too_long");
        HttpResponse<byte[]> streamed = speak("/v1/audio/speech", input, Map.of());
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(DecodedAudio.fromPcm(streamed.body()).durationSeconds()).isGreaterThan(WHOLE_FILE_SECONDS);
    }

    @Test
    void aWholeFileThatGrowsPastTheLimitWhileSynthesizedIsRefused() throws Exception {
        // 38 tokens: at least 0.95 s by the plan, well under the limit; the twin makes them last over 4 s, which
        // only the synthesis shows (as slow speech would with the real model).
        String input = "Hello there, how are you today? I am fine.";
        HttpResponse<byte[]> streamed = speak("/v1/audio/speech", input, Map.of());
        assertThat(DecodedAudio.fromPcm(streamed.body()).durationSeconds()).isGreaterThan(WHOLE_FILE_SECONDS);
        assertRefused(speak("/v1/audio/speech", input, Map.of("stream", false)), "audio_too_long");
        assertThat(speak("/v1/audio/speech", "Hi.", Map.of("stream", false)).statusCode()).isEqualTo(200);
    }

    @Test
    void wholeFilesDecodeToThePcmAnswersLengthWhereTheirFormatCanSayIt() throws Exception {
        String input = "Hi there.";
        int pcm = DecodedAudio.fromPcm(speak("/v1/audio/speech", input, Map.of()).body()).sampleCount();
        for (String format : new String[] {"mp3", "flac", "wav", "opus"}) {
            byte[] file = speak("/v1/audio/speech", input, Map.of("stream", false, "response_format", format)).body();
            int decoded = FfmpegCli.decode(file, List.of()).samples().length;
            int atSourceRate = format.equals("opus") ? decoded / 2 : decoded; // Opus decodes at 48 kHz
            assertThat(atSourceRate).as(format).isEqualTo(pcm);
        }
        // ADTS has no field for AAC's 1024 samples of priming nor the padding of its last frame.
        byte[] aac = speak("/v1/audio/speech", input, Map.of("stream", false, "response_format", "aac")).body();
        assertThat(FfmpegCli.decode(aac, List.of()).samples().length - pcm).isBetween(1024, 1024 + 1023);
    }
}
