package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A speech request that asks for a download link gets one, and the file behind it is the audio it heard. */
@EndToEnd
class DownloadLinkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    private static HttpResponse<byte[]> speak(String route, Map<String, Object> extra) throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("model", "tts-1", "input", "Keep this for later, please.",
                "voice", "af_heart", "response_format", "pcm", "return_download_link", true));
        body.putAll(extra);
        HttpResponse<byte[]> response = server.post(route, JSON.writeValueAsString(body));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static HttpResponse<byte[]> download(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theStreamedResponseNamesAFileHoldingTheSameAudio() throws Exception {
        HttpResponse<byte[]> response = speak("/v1/audio/speech", Map.of());
        String path = response.headers().firstValue("X-Download-Path").orElseThrow();
        assertThat(path).matches("/v1/download/[0-9a-f]{32}\\.pcm");
        HttpResponse<byte[]> file = download(path);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("audio/pcm");
        assertThat(file.body()).isEqualTo(response.body());
    }

    @Test
    void aWholeFileDownloadIsTheFileTheClientGot() throws Exception {
        HttpResponse<byte[]> response = speak("/v1/audio/speech", Map.of("stream", false, "response_format", "wav"));
        String path = response.headers().firstValue("X-Download-Path").orElseThrow();
        assertThat(download(path).body()).isEqualTo(response.body());
    }

    @Test
    void downloadFormatSavesASecondFormat() throws Exception {
        HttpResponse<byte[]> response = speak("/v1/audio/speech", Map.of("stream", false, "download_format", "wav"));
        String path = response.headers().firstValue("X-Download-Path").orElseThrow();
        assertThat(path).endsWith(".wav");
        DecodedAudio saved = DecodedAudio.decode(download(path).body(), "wav");
        assertThat(saved.sampleCount()).isEqualTo(DecodedAudio.fromPcm(response.body()).sampleCount());
    }

    @Test
    void captionedJsonCarriesTheLinkToo() throws Exception {
        JsonNode body = JSON.readTree(speak("/dev/captioned_speech", Map.of("stream", false, "download_format", "mp3"))
                .body());
        String url = body.get("download_url").asText();
        assertThat(url).matches("/v1/download/[0-9a-f]{32}\\.mp3");
        assertThat(DecodedAudio.decode(download(url).body(), "mp3").durationSeconds()).isGreaterThan(0.5);
    }

    @Test
    void noLinkUnlessAskedAndABadDownloadFormatIsAClientError() throws Exception {
        HttpResponse<byte[]> plain = speak("/v1/audio/speech", Map.of("return_download_link", false));
        assertThat(plain.headers().firstValue("X-Download-Path")).isEmpty();
        HttpResponse<byte[]> bad = server.post("/v1/audio/speech", JSON.writeValueAsString(Map.of("input", "Hi.",
                "voice", "af_heart", "return_download_link", true, "download_format", "ogg")));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").get("param").asText()).isEqualTo("download_format");
    }
}
