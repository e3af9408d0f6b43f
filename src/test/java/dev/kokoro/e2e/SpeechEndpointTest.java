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
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /v1/audio/speech end to end: real server, real model (mini twin B), real FFmpeg decoding. */
@EndToEnd
class SpeechEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "The quick brown fox jumps over the lazy dog. It was not amused, "
            + "so it went back to sleep.";
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "mp3", "audio/mpeg", "opus", "audio/opus", "aac", "audio/aac",
            "flac", "audio/flac", "wav", "audio/wav", "pcm", "audio/pcm");

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    static String body(String format, boolean stream) throws Exception {
        return JSON.writeValueAsString(Map.of("model", "tts-1", "input", TEXT, "voice", "af_heart",
                "response_format", format, "stream", stream));
    }

    /** Every token of the twin lasts 75 ms; English text has roughly one phoneme per character. */
    static void assertPlausibleSpeech(DecodedAudio audio, String format, String text) {
        assertThat(audio.decodeErrors()).as("decode errors").isZero();
        assertThat(audio.channels()).isEqualTo(1);
        assertThat(audio.sampleRate()).isEqualTo(format.equals("opus") ? 48_000 : 24_000);
        double expected = text.length() * 0.075;
        assertThat(audio.durationSeconds()).isBetween(expected * 0.5, expected * 1.6);
        assertThat(audio.rms()).as("not silence").isGreaterThan(0.01);
    }

    private static DecodedAudio decode(byte[] bytes, String format) {
        return format.equals("pcm") ? DecodedAudio.fromPcm(bytes) : DecodedAudio.decode(bytes, format);
    }

    @ParameterizedTest(name = "{0}, stream={1}")
    @CsvSource({"mp3,true", "mp3,false", "opus,true", "opus,false", "aac,true", "aac,false",
            "flac,true", "flac,false", "wav,true", "wav,false", "pcm,true", "pcm,false"})
    void everyFormatStreamedAndWholeDecodes(String format, boolean stream) throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/audio/speech", body(format, stream));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith(CONTENT_TYPES.get(format)));
        if (stream) {
            assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        } else {
            assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(response.body().length));
        }
        assertPlausibleSpeech(decode(response.body(), format), format, TEXT);
    }

    @Test
    void sseCarriesBase64AudioDeltasAndUsage() throws Exception {
        String body = JSON.writeValueAsString(Map.of("model", "gpt-4o-mini-tts", "input", TEXT, "voice", "nova",
                "response_format", "mp3", "stream_format", "sse"));
        HttpResponse<byte[]> response = server.post("/v1/audio/speech", body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/event-stream"));

        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        int deltas = 0;
        JsonNode done = null;
        for (String event : new String(response.body(), StandardCharsets.UTF_8).split("\n\n")) {
            assertThat(event).startsWith("data: ");
            JsonNode data = JSON.readTree(event.substring("data: ".length()));
            assertThat(done).as("nothing after done").isNull();
            switch (data.get("type").asText()) {
                case "speech.audio.delta" -> {
                    audio.write(Base64.getDecoder().decode(data.get("audio").asText()));
                    deltas++;
                }
                case "speech.audio.done" -> done = data;
                default -> throw new AssertionError("unexpected event " + event);
            }
        }
        assertThat(deltas).isGreaterThan(1);
        assertThat(done).isNotNull();
        JsonNode usage = done.get("usage");
        assertThat(usage.get("input_tokens").asInt()).isGreaterThan(20);
        assertThat(usage.get("output_tokens").asInt()).isGreaterThan(0);
        assertThat(usage.get("total_tokens").asInt())
                .isEqualTo(usage.get("input_tokens").asInt() + usage.get("output_tokens").asInt());
        assertPlausibleSpeech(DecodedAudio.decode(audio.toByteArray(), "mp3"), "mp3", TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alloy", "ash", "ballad", "coral", "echo", "fable", "onyx", "nova", "sage",
            "shimmer", "verse", "marin", "cedar", "af_bella(2)+af_sky(1)", "bf_emma", "ef_dora", "ff_siwis",
            "hf_alpha", "if_sara", "jf_alpha", "pf_dora"})
    void everyOpenAiVoiceNameAndLanguageSpeaks(String voice) throws Exception {
        String body = JSON.writeValueAsString(Map.of("model", "tts-1-hd", "input", "Hello there, 42 friends.",
                "voice", voice, "response_format", "wav"));
        HttpResponse<byte[]> response = server.post("/v1/audio/speech", body);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        DecodedAudio audio = DecodedAudio.decode(response.body(), "wav");
        assertThat(audio.decodeErrors()).isZero();
        assertThat(audio.durationSeconds()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zf_xiaobei", "zm_yunxi"})
    void chineseVoicesSpeakChineseWithNumbersAndEnglish(String voice) throws Exception {
        String body = JSON.writeValueAsString(Map.of("model", "tts-1", "input",
                "你好，世界！今天是2024年3月5日，我用iPhone打电话。", "voice", voice, "response_format", "wav"));
        HttpResponse<byte[]> response = server.post("/v1/audio/speech", body);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        DecodedAudio audio = DecodedAudio.decode(response.body(), "wav");
        assertThat(audio.decodeErrors()).isZero();
        assertThat(audio.durationSeconds()).isGreaterThan(1.0);
    }

    @Test
    void voiceMayBeAnObjectWithAnId() throws Exception {
        String body = "{\"model\":\"kokoro\",\"input\":\"Hi.\",\"voice\":{\"id\":\"af_sky\"},\"response_format\":\"wav\"}";
        assertThat(server.post("/v1/audio/speech", body).statusCode()).isEqualTo(200);
    }

    @Test
    void speedAndPaceInstructionsChangeTheLength() throws Exception {
        double normal = durationOf(Map.of("speed", 1.0));
        double fast = durationOf(Map.of("speed", 3.0));
        double slowly = durationOf(Map.of("instructions", "Speak slowly and calmly."));
        assertThat(fast).isLessThan(normal * 0.6);
        assertThat(slowly).isGreaterThan(normal * 1.1);
    }

    @Test
    void volumeMultiplierScalesTheSamples() throws Exception {
        double loud = rmsOf(1.0);
        double quiet = rmsOf(0.25);
        assertThat(quiet / loud).isBetween(0.15, 0.35);
    }

    private static double durationOf(Map<String, Object> extra) throws Exception {
        Map<String, Object> req = new java.util.HashMap<>(Map.of("model", "tts-1", "input", TEXT, "voice", "af_heart",
                "response_format", "pcm"));
        req.putAll(extra);
        HttpResponse<byte[]> response = server.post("/v1/audio/speech", JSON.writeValueAsString(req));
        assertThat(response.statusCode()).isEqualTo(200);
        return DecodedAudio.fromPcm(response.body()).durationSeconds();
    }

    private static double rmsOf(double volume) throws Exception {
        String body = JSON.writeValueAsString(Map.of("model", "tts-1", "input", TEXT, "voice", "af_heart",
                "response_format", "pcm", "volume_multiplier", volume));
        return DecodedAudio.fromPcm(server.post("/v1/audio/speech", body).body()).rms();
    }
}
