package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SSML input and speaker tags through the real server: what they say, and every way they are refused. */
@EndToEnd
class SsmlAndSpeakersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("B"),
            Map.of("voice-aliases", "narrator=af_bella(2)+af_sky"));

    private static HttpResponse<byte[]> post(String route, Map<String, Object> fields) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("voice", "af_heart", "response_format", "pcm",
                "stream", false));
        body.putAll(fields);
        return server.post(route, JSON.writeValueAsString(body));
    }

    private static JsonNode error(HttpResponse<byte[]> response, int status) throws Exception {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(status);
        return JSON.readTree(response.body()).get("error");
    }

    private static List<String> words(JsonNode captioned) {
        List<String> words = new ArrayList<>();
        captioned.get("timestamps").forEach(t -> words.add(t.get("word").asText()));
        return words;
    }

    @Test
    void ssmlIsTranslatedIntoMarkupWithoutSynthesis() throws Exception {
        HttpResponse<byte[]> response = post("/dev/ssml", Map.of("input", "<speak>Hello <break time=\"500ms\"/>"
                + "<prosody rate=\"fast\">quick</prosody> <voice name=\"am_adam\">Adam</voice> "
                + "<say-as interpret-as=\"characters\">abc</say-as> <sub alias=\"World Wide Web\">WWW</sub></speak>"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("markup").asText()).isEqualTo(
                "Hello [pause:500ms][rate:1.25]quick[rate:1] [voice:am_adam]Adam[voice:default] A B C World Wide Web");
    }

    @Test
    void ssmlInputIsSpokenWithItsBreaks() throws Exception {
        HttpResponse<byte[]> plain = post("/v1/audio/speech", Map.of("input", "<speak>One two.</speak>"));
        HttpResponse<byte[]> paused = post("/v1/audio/speech",
                Map.of("input", "<speak>One <break time=\"2s\"/> two.</speak>"));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(paused.statusCode()).isEqualTo(200);
        int extra = DecodedAudio.fromPcm(paused.body()).sampleCount() - DecodedAudio.fromPcm(plain.body()).sampleCount();
        assertThat(extra).isBetween(48_000, 48_000 + 2 * 1_800);
    }

    @Test
    void malformedSsmlIsA400NamingTheLine() throws Exception {
        JsonNode e = error(post("/v1/audio/speech", Map.of("input", "<speak>\nfine\n<break time=\"1s\">\n</speak>")), 400);
        assertThat(e.get("code").asText()).isEqualTo("invalid_ssml");
        assertThat(e.get("param").asText()).isEqualTo("input");
        assertThat(e.get("message").asText()).startsWith("SSML line 4");
    }

    @Test
    void billionLaughsAndExternalEntitiesAreRefused() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE speak [<!ENTITY a \"lol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + "<speak>&e;&e;&e;&e;</speak>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE speak [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<speak>&x;</speak>";
        for (String document : List.of(laughs, external)) {
            for (String route : List.of("/v1/audio/speech", "/dev/ssml")) {
                JsonNode e = error(post(route, Map.of("input", document)), 400);
                assertThat(e.get("code").asText()).isEqualTo("invalid_ssml");
                assertThat(e.get("message").asText()).doesNotContain("root:").doesNotContain("lollol");
            }
        }
    }

    @Test
    void speakerTagsSwitchVoiceAndPaceAndEveryWordIsTimed() throws Exception {
        HttpResponse<byte[]> response = post("/dev/captioned_speech", Map.of("input",
                "Hello there. [voice:narrator] Once upon a time. [voice:teller] [rate:2] The end. [voice:default] Bye.",
                "voice_aliases", Map.of("teller", "ef_dora")));
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(words(JSON.readTree(response.body()))).containsExactly("Hello", "there", "Once", "upon", "a",
                "time", "The", "end", "Bye");
    }

    @Test
    void anUnknownVoiceInATagIsA400BeforeAnyAudio() throws Exception {
        JsonNode e = error(post("/v1/audio/speech", Map.of("input", "Hi. [voice:zz_nobody] Hello.", "stream", true)),
                400);
        assertThat(e.get("code").asText()).isEqualTo("voice_not_found");
        JsonNode alias = error(post("/v1/audio/speech", Map.of("input", "Hi.", "voice_aliases",
                Map.of("bad name!", "af_sky"))), 400);
        assertThat(alias.get("param").asText()).isEqualTo("voice_aliases");
    }

    @Test
    void tagsCanBeTurnedOff() throws Exception {
        try (TestServer plain = TestServer.start(TestAssets.miniModel("B"), Map.of("speaker-tags", "false",
                "ssml-detection", "false"))) {
            HttpResponse<byte[]> response = plain.post("/dev/phonemize",
                    JSON.writeValueAsString(Map.of("text", "[voice:zz_nobody] hi", "language", "a")));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("phonemes").asText()).contains("vˈYs");
            HttpResponse<byte[]> ssmlAsText = plain.post("/v1/audio/speech", JSON.writeValueAsString(Map.of(
                    "input", "<speak>&x;</speak>", "voice", "af_heart", "response_format", "pcm")));
            assertThat(ssmlAsText.statusCode()).isEqualTo(200);
        }
    }
}
