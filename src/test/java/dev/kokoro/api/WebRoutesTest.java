package dev.kokoro.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.TsvCases;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The studio's files through Javalin and Jetty as the server sets them up: each with its type and caching
 * headers, the page complete and loading nothing from elsewhere, and every other name a 404 in the envelope.
 */
class WebRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "js", "text/javascript", "css", "text/css", "svg", "image/svg+xml");
    private static Javalin app;

    @BeforeAll
    static void start() {
        app = Javalin.create(config -> config.showJavalinBanner = false);
        ErrorHandlers.register(app);
        WebRoutes.load().register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<byte[]> get(String target, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + target))
                .timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebRoutes.class.getResourceAsStream("/web/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static Stream<String> files() {
        return WebRoutes.FILES.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void eachFileComesWithItsTypeAndCachingHeaders(String name) throws Exception {
        HttpResponse<byte[]> response = get("/web/" + name);

        assertThat(response.statusCode()).isEqualTo(200);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(
                value.replace(" ", "").toLowerCase()).isEqualTo(type + ";charset=utf-8"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).isEqualTo(resource(name));

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/web/" + name, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/web/" + name, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void thePageIsAtWebWithOrWithoutASlashAndForbidsScriptsFromElsewhere() throws Exception {
        for (String target : List.of("/web", "/web/")) {
            HttpResponse<byte[]> page = get(target);
            assertThat(page.statusCode()).as(target).isEqualTo(200);
            assertThat(page.body()).as(target).isEqualTo(resource("index.html"));
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(target)
                    .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'self';"));
        }
    }

    @Test
    void theRootSendsABrowserToThePage() throws Exception {
        HttpResponse<byte[]> root = get("/");

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/web");
        assertThat(root.body()).isEmpty();
    }

    /** A file added to the page's folder but not to the served list would be a 404 in the browser. */
    @Test
    void everyFileInTheFolderIsServed() throws Exception {
        Path folder = Path.of(WebRoutes.class.getResource("/web/index.html").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(WebRoutes.FILES);
        }
    }

    /**
     * Everything the page loads (its src, href and import targets) is one of its own files, by a path on this
     * server: the page needs no network but the server's.
     */
    @Test
    void thePageLoadsOnlyItsOwnFiles() throws Exception {
        Pattern reference = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"|(?:from|import)\\s*\\(?\\s*'([^']+)'");
        List<String> loaded = new ArrayList<>();
        for (String name : WebRoutes.FILES) {
            Matcher m = reference.matcher(new String(resource(name), StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                String file = resolve(target);
                assertThat(WebRoutes.FILES).as(name + " loads " + target).contains(file);
                loaded.add(file);
            }
        }
        assertThat(loaded).contains("main.js", "studio.css", "icon.svg", "player.js");
        assertThat(new String(resource("studio.css"), StandardCharsets.UTF_8)).doesNotContain("url(", "@import");
    }

    /** The file a reference names: a path under /web/ or one relative to a module in it, never another host. */
    private static String resolve(String target) throws URISyntaxException {
        URI uri = new URI("http://studio.invalid/web/").resolve(target);
        assertThat(uri.getHost()).as(target).isEqualTo("studio.invalid");
        assertThat(uri.getPath()).as(target).startsWith("/web/");
        return uri.getPath().substring("/web/".length());
    }

    static Stream<Arguments> otherRequests() {
        return TsvCases.rows(WebRoutesTest.class, "web-requests.tsv", 3).stream()
                .map(row -> Arguments.of(row.field(0), row.field(1), row.field(2)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("otherRequests")
    void nothingElseIsServed(String what, String target, String answer) throws Exception {
        HttpResponse<byte[]> response = get(target);
        String body = new String(response.body(), StandardCharsets.UTF_8);

        if (answer.equals("jetty_400")) {
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            return;
        }
        assertThat(response.statusCode()).as(body).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode error = JSON.readTree(body).get("error");
        assertThat(error.get("code").asText()).isEqualTo(answer);
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        if (answer.equals("file_not_found")) {
            assertThat(error.get("param").asText()).isEqualTo("file");
        }
    }
}
