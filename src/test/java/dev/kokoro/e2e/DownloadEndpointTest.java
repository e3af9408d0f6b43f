package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.download.Download;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import dev.kokoro.testing.TsvCases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code GET /v1/download/{file}} through the real server: committed downloads come back whole with their type,
 * length and name; nothing else does, whatever the request looks like once Jetty and Javalin have decoded it.
 */
@EndToEnd
class DownloadEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every file a request must not reach holds this. */
    private static final String SECRET = "SECRET";
    /** A file with a valid download name, but in the data dir rather than the downloads folder. */
    private static final String OUTSIDE = "0123456789abcdef0123456789abcdef.mp3";
    /** A valid download name in the folder, linking to a secret outside it. */
    private static final String LINK = "fedcba9876543210fedcba9876543210.wav";
    private static final String COMMITTED_CONTENT = "committed audio";

    @TempDir
    static Path root;
    private static TestServer server;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String committed;
    private static Download writing;

    @BeforeAll
    static void start() throws IOException {
        Path data = root.resolve("data");
        Path folder = Files.createDirectories(data.resolve("downloads"));
        Files.writeString(root.resolve("secret.txt"), SECRET + " next to the data dir");
        Files.writeString(data.resolve("secret.txt"), SECRET + " in the data dir, next to the downloads folder");
        Files.writeString(data.resolve(OUTSIDE), SECRET + " with a download's name outside the folder");
        Files.createSymbolicLink(folder.resolve(LINK), root.resolve("secret.txt"));
        server = TestServer.start(TestAssets.miniModel("B"), Map.of("data-dir", data.toString()));
        committed = store("mp3", COMMITTED_CONTENT.getBytes(StandardCharsets.UTF_8));
        writing = server.downloads().create("mp3");
        writing.output().write("audio still being written".getBytes(StandardCharsets.UTF_8));
        writing.output().flush();
    }

    @AfterAll
    static void stop() {
        writing.close();
        server.close();
    }

    private static String store(String extension, byte[] content) throws IOException {
        try (Download download = server.downloads().create(extension)) {
            download.output().write(content);
            return download.commit();
        }
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertFileNotFound(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.fieldNames()).toIterable().containsExactlyInAnyOrder("message", "type", "param", "code");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).isEqualTo("file");
        assertThat(error.get("code").asText()).isEqualTo("file_not_found");
    }

    @ParameterizedTest
    @EnumSource(AudioFormat.class)
    void aCommittedDownloadComesBackWholeWithItsTypeLengthAndName(AudioFormat format) throws Exception {
        byte[] audio = new byte[70_000];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (byte) (i * 7 + format.ordinal());
        }
        String name = store(format.id(), audio);

        HttpResponse<byte[]> response = get("/v1/download/" + name);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(format.contentType());
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Integer.toString(audio.length));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + name + "\"");
        assertThat(response.body()).isEqualTo(audio);
    }

    @Test
    void aDownloadIsNotServedBeforeItsCommitNorAfterADiscard() throws Exception {
        try (Download download = server.downloads().create("wav")) {
            download.output().write(new byte[1000]);
            download.output().flush();
            assertFileNotFound(get("/v1/download/" + download.name()));
            download.discard();
            assertFileNotFound(get("/v1/download/" + download.name()));
        }
        assertFileNotFound(get("/v1/download/00000000000000000000000000000000.wav"));
    }

    @Test
    void anExpiredDownloadIsNotServed() throws Exception {
        String name = store("opus", new byte[] {1, 2, 3});
        assertThat(get("/v1/download/" + name).statusCode()).isEqualTo(200);
        Files.setLastModifiedTime(server.downloads().folder().resolve(name),
                FileTime.from(Instant.now().minus(Duration.ofMinutes(61))));
        assertFileNotFound(get("/v1/download/" + name));
    }

    static Stream<Arguments> traversals() {
        return TsvCases.read("/dev/kokoro/download/traversal.tsv", 3);
    }

    /** The rows an HTTP client can send: no raw bytes in the request target. */
    static Stream<Arguments> clientTraversals() {
        return traversals().filter(row -> !((String) row.get()[1]).contains("\\x"));
    }

    /** The request target of a table row, with its placeholders filled in. */
    private static String target(String template) {
        return template.replace("{name}", committed)
                .replace("{NAME}", committed.toUpperCase(Locale.ROOT))
                .replace("{writing}", writing.name())
                .replace("{outside}", OUTSIDE)
                .replace("{link}", LINK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traversals")
    void nothingElseIsServedOverARawSocket(String what, String template, String answer) throws Exception {
        assertAnswer(rawGet(target(template)), answer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clientTraversals")
    void nothingElseIsServedToAnHttpClient(String what, String template, String answer) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.uri(target(template))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertAnswer(new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8)), answer);
    }

    /** What came back for a request, from either client. */
    private record Answer(int status, String contentType, String body) {
    }

    private static void assertAnswer(Answer response, String expected) throws IOException {
        assertThat(response.body()).as(response.toString()).doesNotContain(SECRET).doesNotContain("still being written");
        switch (expected) {
            case "file_not_found", "not_found" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(404);
                assertThat(response.contentType()).startsWith("application/json");
                assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo(expected);
            }
            case "jetty_400" -> assertThat(response.status()).as(response.toString()).isEqualTo(400);
            case "served" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(COMMITTED_CONTENT);
            }
            default -> throw new IllegalArgumentException("Unknown answer in the table: " + expected);
        }
    }

    /**
     * Sends a GET with this request target exactly as written ({@code \xNN} is the raw byte NN), as no HTTP
     * client would.
     */
    private static Answer rawGet(String target) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("GET ".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < target.length(); i++) {
            if (target.startsWith("\\x", i)) {
                request.write(Integer.parseInt(target.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                request.writeBytes(String.valueOf(target.charAt(i)).getBytes(StandardCharsets.UTF_8));
            }
        }
        request.writeBytes((" HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            assertThat(headersEnd).as(response).isPositive();
            String head = response.substring(0, headersEnd);
            Matcher contentType = Pattern.compile("(?im)^Content-Type: *(.*)$").matcher(head);
            return new Answer(Integer.parseInt(head.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3)),
                    contentType.find() ? contentType.group(1).strip() : "", response.substring(headersEnd + 4));
        }
    }
}
