package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /v1/audio/voices}: every voice by default, filters by language and gender, pages. */
@EndToEnd
class VoiceListTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    @Test
    void withoutParametersEveryVoiceComesOnOnePage() throws Exception {
        JsonNode body = get("/v1/audio/voices");
        assertThat(body.path("total").asInt()).isEqualTo(55);
        assertThat(body.path("page").asInt()).isEqualTo(1);
        assertThat(body.path("page_size").asInt()).isEqualTo(100);
        assertThat(body.path("voices")).hasSize(55);
        assertThat(body.path("voices").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("id", "name", "language", "gender", "grade");
        JsonNode heart = null;
        for (JsonNode voice : body.path("voices")) {
            heart = voice.path("id").asText().equals("af_heart") ? voice : heart;
        }
        assertThat(heart.path("grade").asText()).isEqualTo("A");
    }

    @Test
    void filtersByLanguageCodeOrTagAndGender() throws Exception {
        assertThat(ids(get("/v1/audio/voices?language=j"))).allMatch(id -> id.startsWith("j")).hasSize(5);
        assertThat(ids(get("/v1/audio/voices?language=ja&gender=male"))).containsExactly("jm_kumo");
        JsonNode british = get("/v1/audio/voices?language=en-gb&gender=female");
        assertThat(ids(british)).allMatch(id -> id.startsWith("bf_"));
        assertThat(british.path("total").asInt()).isEqualTo(ids(british).size());
    }

    @Test
    void pagesTogetherAreTheWholeList() throws Exception {
        List<String> all = ids(get("/v1/audio/voices"));
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 6; page++) {
            JsonNode body = get("/v1/audio/voices?page_size=10&page=" + page);
            assertThat(body.path("total").asInt()).isEqualTo(55);
            paged.addAll(ids(body));
        }
        assertThat(paged).isEqualTo(all);
        assertThat(ids(get("/v1/audio/voices?page_size=10&page=7"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"page=0,page", "page=x,page", "page_size=101,page_size", "page_size=0,page_size",
            "gender=robot,gender", "language=xx,language"})
    void badParametersAre400sNamingTheParameter(String query, String param) throws Exception {
        HttpResponse<String> response = server.get("/v1/audio/voices?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/error/param").asText()).isEqualTo(param);
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode body) {
        List<String> ids = new ArrayList<>();
        body.path("voices").forEach(v -> ids.add(v.path("id").asText()));
        return ids;
    }
}
