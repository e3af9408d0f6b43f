package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.FfmpegCli;
import dev.kokoro.testing.TestServer;
import dev.kokoro.testing.TsvCases;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Other sample rates and G.711 through the real server (mini twin B), judged by the ffmpeg command-line tool:
 * the rate each file declares, and its length against the same speech at Kokoro's own 24 kHz.
 */
@EndToEnd
class SampleRateEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "Your call is important to us. Please stay on the line.";
    /** What MP3 adds: LAME's delay (576 + 529 samples) and padding to a whole frame (1152 samples at most). */
    private static final int MP3_EXTRA_SAMPLES = 576 + 529 + 1152;

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    /** The length of the speech at 24 kHz, which every other rate must match once scaled. */
    private static long nativeSamples;

    @BeforeAll
    static void measureTheNativeLength() throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/audio/speech", body(Map.of("response_format", "pcm")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/pcm");
        nativeSamples = response.body().length / 2;
        assertThat(nativeSamples).isGreaterThan(24_000);
    }

    private static String body(Map<String, Object> fields) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("input", TEXT, "voice", "af_heart"));
        body.putAll(fields);
        return JSON.writeValueAsString(body);
    }

    private static long expectedSamples(int rate) {
        return Math.round((double) nativeSamples * rate / 24_000);
    }

    @ParameterizedTest(name = "{0} Hz")
    @ValueSource(ints = {8_000, 16_000, 22_050, 24_000, 44_100, 48_000})
    void wavMp3AndPcmAtEveryRateDeclareItAndLastAsLong(int rate) throws Exception {
        HttpResponse<byte[]> wav = server.post("/v1/audio/speech",
                body(Map.of("response_format", "wav", "sample_rate", rate, "stream", false)));
        assertThat(wav.headers().firstValue("X-Sample-Rate")).hasValue(String.valueOf(rate));
        FfmpegCli.Decoded wavAudio = FfmpegCli.decode(wav.body(), List.of());
        assertThat(wavAudio.sampleRate()).isEqualTo(rate);
        assertThat(wavAudio.samples()).hasSize((int) expectedSamples(rate));

        HttpResponse<byte[]> pcm = server.post("/v1/audio/speech",
                body(Map.of("response_format", "pcm", "sample_rate", rate)));
        assertThat(pcm.headers().firstValue("Content-Type"))
                .hasValue(rate == 24_000 ? "audio/pcm" : "audio/pcm;rate=" + rate);
        FfmpegCli.Decoded pcmAudio = FfmpegCli.decode(pcm.body(),
                List.of("-f", "s16le", "-ar", String.valueOf(rate), "-ac", "1"));
        assertThat(pcmAudio.samples()).as("streamed PCM, chunk by chunk").hasSize((int) expectedSamples(rate));

        HttpResponse<byte[]> mp3 = server.post("/v1/audio/speech",
                body(Map.of("response_format", "mp3", "sample_rate", rate)));
        assertThat(mp3.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        FfmpegCli.Decoded mp3Audio = FfmpegCli.decode(mp3.body(), List.of());
        assertThat(mp3Audio.sampleRate()).isEqualTo(rate);
        double seconds = (double) nativeSamples / 24_000;
        assertThat(mp3Audio.seconds()).isBetween(seconds, seconds + (double) MP3_EXTRA_SAMPLES / rate);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mulaw, audio/basic", "alaw, audio/x-alaw-basic"})
    void streamedG711IsOneByteForEachSampleAt8Khz(String format, String contentType) throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/audio/speech", body(Map.of("response_format", format)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
        assertThat(response.headers().firstValue("X-Sample-Rate")).hasValue("8000");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("speech." + format));
        assertThat(response.body()).as("8000 bytes a second").hasSize((int) expectedSamples(8_000));
        FfmpegCli.Decoded audio = FfmpegCli.decode(response.body(), List.of("-f", format, "-ar", "8000", "-ac", "1"));
        assertThat(audio.codec()).isEqualTo("pcm_" + format);
        assertThat(audio.samples()).hasSize((int) expectedSamples(8_000));
    }

    @ParameterizedTest(name = "{0}, stream={1}")
    @CsvSource({"mulaw, true", "mulaw, false", "alaw, true", "alaw, false"})
    void g711InAWavFileDecodesWithItsCodecAndLength(String format, boolean stream) throws Exception {
        HttpResponse<byte[]> response = server.post("/v1/audio/speech",
                body(Map.of("response_format", format, "container", "wav", "stream", stream)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("audio/wav");
        FfmpegCli.Decoded audio = FfmpegCli.decode(response.body(), List.of());
        assertThat(audio.codec()).isEqualTo("pcm_" + format);
        assertThat(audio.sampleRate()).isEqualTo(8_000);
        assertThat(audio.samples()).hasSize((int) expectedSamples(8_000));
    }

    @Test
    void wordTimestampsStayInSecondsWhateverTheRate() throws Exception {
        JsonNode native24k = JSON.readTree(server.post("/dev/captioned_speech",
                body(Map.of("response_format", "wav", "stream", false))).body());
        JsonNode telephone = JSON.readTree(server.post("/dev/captioned_speech",
                body(Map.of("response_format", "mulaw", "stream", false))).body());

        assertThat(telephone.get("timestamps")).isNotEmpty().isEqualTo(native24k.get("timestamps"));
        assertThat(telephone.get("audio_format").asText()).isEqualTo("mulaw");
    }

    @Test
    void aDownloadableCopyKeepsTheContainerOrTakesTheRequestedRate() throws Exception {
        HttpResponse<byte[]> g711 = server.post("/v1/audio/speech", body(Map.of("response_format", "alaw",
                "container", "wav", "return_download_link", true)));
        String path = g711.headers().firstValue("X-Download-Path").orElseThrow();
        assertThat(path).endsWith(".wav");
        HttpResponse<byte[]> saved = server.http().getBytes(path);
        assertThat(saved.body()).isEqualTo(g711.body());

        HttpResponse<byte[]> mp3 = server.post("/v1/audio/speech", body(Map.of("response_format", "mp3",
                "sample_rate", 16_000, "return_download_link", true, "download_format", "wav")));
        FfmpegCli.Decoded copy = FfmpegCli.decode(
                server.http().getBytes(mp3.headers().firstValue("X-Download-Path").orElseThrow()).body(), List.of());
        assertThat(copy.sampleRate()).isEqualTo(16_000);
        assertThat(copy.samples()).hasSize((int) expectedSamples(16_000));
    }

    @Test
    void capabilitiesListTheRatesOfEachFormat() throws Exception {
        JsonNode caps = JSON.readTree(server.get("/v1/capabilities").body());

        assertThat(caps.get("response_formats").toString()).contains("\"mulaw\"", "\"alaw\"");
        assertThat(caps.get("sample_rates").toString()).isEqualTo("[8000,16000,22050,24000,44100,48000]");
        assertThat(caps.at("/format_sample_rates/opus").toString()).isEqualTo("[8000,16000,24000,48000]");
        assertThat(caps.at("/format_sample_rates/mulaw").toString()).isEqualTo("[8000]");
        assertThat(caps.get("wav_container_formats").toString()).isEqualTo("[\"mulaw\",\"alaw\"]");
    }

    static Stream<Arguments> refusedCombinations() {
        return TsvCases.rows("/audio/output-cases.tsv", 4).stream()
                .filter(row -> row.field(3).startsWith("400 "))
                .map(row -> Arguments.of(row.field(0), row.field(1), row.field(2), row.field(3)));
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("refusedCombinations")
    void badCombinationsAreA400NamingTheField(String format, String rate, String container, String expected)
            throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("response_format", format));
        if (!rate.isEmpty()) {
            fields.put("sample_rate", Integer.valueOf(rate));
        }
        if (!container.isEmpty()) {
            fields.put("container", container);
        }
        HttpResponse<byte[]> response = server.post("/v1/audio/speech", body(fields));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        String[] want = expected.split(" ");
        assertThat(error.get("param").asText()).isEqualTo(want[1]);
        assertThat(error.get("code").asText()).isEqualTo(want[2]);
    }
}
