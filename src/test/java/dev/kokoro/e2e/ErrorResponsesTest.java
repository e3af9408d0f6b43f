package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad requests get a 4xx in OpenAI's error envelope, never a 500 or a stack trace. */
@EndToEnd
class ErrorResponsesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("C"),
            Map.of("max-input-chars", "200"));

    private static JsonNode assertEnvelope(HttpResponse<byte[]> response, int status) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error).isNotNull();
        assertThat(error.fieldNames()).toIterable().containsExactlyInAnyOrder("message", "type", "param", "code");
        assertThat(error.get("message").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("at dev.");
        return error;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown voice      | {\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"zz_nobody\"}                          | 400 | voice | voice_not_found",
        "bad blend syntax   | {\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"af_bella(x)+\"}                        | 400 | voice | invalid_voice",
        "missing voice      | {\"model\":\"tts-1\",\"input\":\"Hi\"}                                                   | 400 | voice | missing_voice",
        "empty input        | {\"model\":\"tts-1\",\"input\":\"   \",\"voice\":\"alloy\"}                                | 400 | input | empty_input",
        "missing input      | {\"model\":\"tts-1\",\"voice\":\"alloy\"}                                                | 400 | input | empty_input",
        "speed 9            | {\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"alloy\",\"speed\":9}                     | 400 | speed | invalid_speed",
        "speed not a number | {\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"alloy\",\"speed\":\"fast\"}              | 400 | speed | invalid_type",
        "unknown format     | {\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"alloy\",\"response_format\":\"ogg\"}    | 400 | response_format | unsupported_response_format",
        "unknown model      | {\"model\":\"tts-9\",\"input\":\"Hi\",\"voice\":\"alloy\"}                                | 404 | model | model_not_found",
        "bad stream_format  | {\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"alloy\",\"stream_format\":\"rtp\"}       | 400 | stream_format | invalid_stream_format",
        "bad lang_code      | {\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"alloy\",\"lang_code\":\"xx\"}           | 400 | lang_code | unsupported_language",
        "negative volume    | {\"model\":\"tts-1\",\"input\":\"Hi\",\"voice\":\"alloy\",\"volume_multiplier\":-1}       | 400 | volume_multiplier | invalid_volume",
        "nothing to speak   | {\"model\":\"tts-1\",\"input\":\"...\",\"voice\":\"alloy\"}                               | 400 | input | nothing_to_speak",
    })
    void badRequestsAreRefusedInTheEnvelope(String name, String body, int status, String param, String code)
            throws Exception {
        JsonNode error = assertEnvelope(server.post("/v1/audio/speech", body), status);
        assertThat(error.get("param").asText()).isEqualTo(param);
        assertThat(error.get("code").asText()).isEqualTo(code);
    }

    @Test
    void overLongInputIsRefused() throws Exception {
        String body = JSON.writeValueAsString(Map.of("model", "tts-1", "input", "a".repeat(201), "voice", "alloy"));
        JsonNode error = assertEnvelope(server.post("/v1/audio/speech", body), 400);
        assertThat(error.get("code").asText()).isEqualTo("input_too_long");
        assertThat(error.get("message").asText()).contains("200");
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        JsonNode error = assertEnvelope(server.post("/v1/audio/speech", "{\"model\": "), 400);
        assertThat(error.get("code").asText()).isEqualTo("invalid_json");
    }

    @Test
    void unknownRoutesAndModelsAre404InTheEnvelope() throws Exception {
        assertEnvelope(server.post("/v1/audio/nothing", "{}"), 404);
        HttpResponse<String> model = server.get("/v1/models/whisper-1");
        assertThat(model.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(model.body()).at("/error/code").asText()).isEqualTo("model_not_found");
    }
}
