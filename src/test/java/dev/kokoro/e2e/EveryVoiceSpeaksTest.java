package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every voice of the catalogue speaks a sentence of its own language through {@code POST /v1/audio/speech}
 * (the language comes from the voice id, as it does for users), on the mini twin: each request answers 200 with
 * audio whose length matches the phonemes its language's pipeline made for the sentence.
 */
@EndToEnd
class EveryVoiceSpeaksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A sentence per one-letter language code. */
    private static final Map<Character, String> SENTENCES = Map.of(
            'a', "The quick brown fox jumps over the lazy dog.",
            'b', "The colour of the autumn leaves was remarkable.",
            'e', "El veloz murciélago comía feliz cardillo y kiwi.",
            'f', "Le cœur a ses raisons que la raison ne connaît point.",
            'h', "नमस्ते, आप कैसे हैं?",
            'i', "Nel mezzo del cammin di nostra vita.",
            'j', "今日は東京で三人の友達に会いました。",
            'p', "Olá, tudo bem com você?",
            'z', "今天天气很好，我们去银行吧。");
    /** One token of the twin lasts 1800 samples at 24 kHz, whatever the voice. */
    private static final double SECONDS_PER_TOKEN = 0.075;

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    /** The voices of config/voices.tsv: the 54 stock voices of Kokoro v1.0 and the community af_jadzia. */
    static Stream<String> stockVoices() throws IOException {
        return Files.readAllLines(Path.of("config", "voices.tsv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("id\t") && !line.isBlank())
                .map(line -> line.substring(0, line.indexOf('\t')));
    }

    @Test
    void theCatalogueHasEveryStockVoice() throws IOException {
        assertThat(stockVoices().filter(id -> !id.equals("af_jadzia")).count()).isEqualTo(54);
        assertThat(stockVoices().map(id -> id.charAt(0)).distinct()).containsExactlyInAnyOrderElementsOf(SENTENCES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stockVoices")
    void speaksItsOwnLanguage(String voice) throws Exception {
        char language = voice.charAt(0);
        String text = SENTENCES.get(language);
        JsonNode phonemized = JSON.readTree(server.post("/dev/phonemize",
                JSON.writeValueAsString(Map.of("text", text, "language", String.valueOf(language)))).body());
        int tokens = phonemized.path("tokens").size();
        assertThat(phonemized.path("phonemes").asText()).as("phonemes of %s", text).hasSizeGreaterThan(text.length() / 3);

        HttpResponse<byte[]> response = server.post("/v1/audio/speech", JSON.writeValueAsString(Map.of(
                "model", "tts-1", "input", text, "voice", voice, "response_format", "pcm", "stream", false)));

        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        DecodedAudio audio = DecodedAudio.fromPcm(response.body());
        assertThat(audio.rms()).as("not silence").isGreaterThan(0.01);
        // Chunking adds pad tokens and pauses at sentence breaks; trimming takes a little off.
        assertThat(audio.durationSeconds()).isBetween(tokens * SECONDS_PER_TOKEN * 0.6, tokens * SECONDS_PER_TOKEN * 1.6);
    }
}
