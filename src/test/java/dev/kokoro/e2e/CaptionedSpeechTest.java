package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /dev/captioned_speech} through the real server on the B twin, whose durations are added to the
 * graph at load. The twin gives every token 3 frames (1800 samples, 0.075 s) at speed 1, so times are exact.
 */
@EndToEnd
class CaptionedSpeechTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    /** The time n tokens take on the twin at speed 1, as the server computes it: samples over the rate. */
    private static double tokens(int n) {
        return n * 1800 / 24000.0;
    }

    private static JsonNode captioned(Map<String, Object> fields) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("model", "kokoro", "voice", "af_heart",
                "response_format", "pcm", "stream", false));
        body.putAll(fields);
        HttpResponse<byte[]> response = server.post("/dev/captioned_speech", JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static double seconds(JsonNode audioField) {
        return DecodedAudio.fromPcm(Base64.getDecoder().decode(audioField.asText())).durationSeconds();
    }

    private static List<String> words(JsonNode timestamps) {
        List<String> words = new ArrayList<>();
        timestamps.forEach(t -> words.add(t.get("word").asText()));
        return words;
    }

    @Test
    void timesComeFromTheModelsDurationsExactly() throws Exception {
        JsonNode body = captioned(Map.of("input", "[Hello](/həlˈO/) [world](/wˈɜɹld/)"));
        JsonNode ts = body.get("timestamps");
        assertThat(words(ts)).containsExactly("Hello", "world");
        // Pad token, then h ə l ˈ O (5 tokens), a space, w ˈ ɜ ɹ l d (6 tokens), pad.
        assertThat(ts.get(0).get("start_time").asDouble()).isEqualTo(tokens(1));
        assertThat(ts.get(0).get("end_time").asDouble()).isEqualTo(tokens(6));
        assertThat(ts.get(1).get("start_time").asDouble()).isEqualTo(tokens(7));
        assertThat(ts.get(1).get("end_time").asDouble()).isEqualTo(tokens(13));
        assertThat(ts.get(0).has("spoken")).isFalse();
        // 14 tokens of audio and the 100 ms that end a sentence.
        assertThat(seconds(body.get("audio"))).isEqualTo((14 * 1800 + 2400) / 24000.0);
        assertThat(body.get("audio_format").asText()).isEqualTo("pcm");
    }

    @Test
    void pausesAndSpeedMoveTheTimesOfLaterWords() throws Exception {
        // At speed 2 the twin gives each token round(3 / 2) = 2 frames: 1200 samples.
        JsonNode ts = captioned(Map.of("input", "[One](/wˈʌn/) [pause:1s] [two](/tˈu/)", "speed", 2.0))
                .get("timestamps");
        assertThat(words(ts)).containsExactly("One", "two");
        assertThat(ts.get(0).get("start_time").asDouble()).isEqualTo(1200 / 24000.0);
        assertThat(ts.get(0).get("end_time").asDouble()).isEqualTo(5 * 1200 / 24000.0);
        // The first call's 6 tokens, the 1 s pause, then a pad token; "tˈu" is 3 tokens.
        assertThat(ts.get(1).get("start_time").asDouble()).isEqualTo((7 * 1200 + 24000) / 24000.0);
        assertThat(ts.get(1).get("end_time").asDouble()).isEqualTo((10 * 1200 + 24000) / 24000.0);
    }

    @Test
    void wordsComeBackAsWrittenWithWhatWasSaid() throws Exception {
        String input = "It was 40–60°C today, said Dr. Smith. Then I paid $5 for 3 cats at 10:30pm!";
        JsonNode body = captioned(Map.of("input", input));
        JsonNode ts = body.get("timestamps");
        assertThat(words(ts)).containsExactly("It", "was", "40–60°C", "today", "said", "Dr", "Smith", "Then", "I",
                "paid", "$5", "for", "3", "cats", "at", "10:30pm");
        assertThat(ts.get(2).get("spoken").asText()).isEqualTo("forty to sixty degrees Celsius");
        assertThat(ts.get(10).get("spoken").asText()).isEqualTo("five dollars");
        double duration = seconds(body.get("audio"));
        double previousEnd = 0;
        for (JsonNode t : ts) {
            double start = t.get("start_time").asDouble();
            double end = t.get("end_time").asDouble();
            assertThat(start).as(t.toString()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(end).as(t.toString()).isGreaterThan(start).isLessThanOrEqualTo(duration);
            previousEnd = end;
        }
    }

    @Test
    void streamedLinesCarryTheirChunksWordsTimedFromTheStartOfTheWholeAudio() throws Exception {
        String input = "The first sentence is short. The second one is a good deal longer than the first, "
                + "and the third goes on and on, so that the text needs several model calls to be spoken.";
        JsonNode whole = captioned(Map.of("input", input));
        HttpResponse<byte[]> response = server.post("/dev/captioned_speech", JSON.writeValueAsString(Map.of(
                "input", input, "voice", "af_heart", "response_format", "pcm", "caption_format", "vtt")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        String[] lines = new String(response.body(), StandardCharsets.UTF_8).split("\n");
        assertThat(lines.length).isGreaterThan(2);
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        List<JsonNode> streamed = new ArrayList<>();
        String captions = null;
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            audio.write(Base64.getDecoder().decode(node.get("audio").asText()));
            node.get("timestamps").forEach(streamed::add);
            if (node.has("captions")) {
                captions = node.get("captions").asText();
            }
        }
        assertThat(streamed).containsExactlyElementsOf(whole.get("timestamps"));
        assertThat(DecodedAudio.fromPcm(audio.toByteArray()).durationSeconds()).isEqualTo(seconds(whole.get("audio")));
        assertThat(captions).startsWith("WEBVTT\n\n00:00:00.075 --> ").contains("The first sentence is short.");
    }

    @Test
    void srtCaptionsAreAddedToTheJson() throws Exception {
        JsonNode body = captioned(Map.of("input", "Hello there. How are you today?", "caption_format", "srt"));
        assertThat(body.get("captions").asText()).startsWith("1\n00:00:00,075 --> ")
                .contains("\nHello there.\n\n2\n").endsWith("How are you today?\n\n");
    }

    @Test
    void timestampsCanBeLeftOut() throws Exception {
        JsonNode body = captioned(Map.of("input", "Hello there.", "return_timestamps", false));
        assertThat(body.has("timestamps")).isFalse();
        assertThat(body.get("audio").asText()).isNotEmpty();
    }

    @Test
    void badCaptionFieldsAreClientErrors() throws Exception {
        for (var bad : List.of(Map.of("caption_format", "ass"), Map.of("stream_format", "sse", "stream", true))) {
            Map<String, Object> body = new HashMap<>(Map.of("input", "Hello.", "voice", "af_heart"));
            body.putAll(bad);
            HttpResponse<byte[]> response = server.post("/dev/captioned_speech", JSON.writeValueAsString(body));
            assertThat(response.statusCode()).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body()).get("error");
            assertThat(error.get("param").asText()).isEqualTo(bad.containsKey("caption_format")
                    ? "caption_format" : "stream_format");
        }
    }
}
