package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestServer;
import dev.kokoro.testing.TsvCases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code X-Request-Id} on every answer: the client's when it is sane, else a new UUID; errors and streams too. */
@EndToEnd
class RequestIdTest {
    private static final String HEADER = "X-Request-Id";
    private static final String SPEECH = "{\"model\":\"tts-1\",\"input\":\"Hi.\",\"voice\":\"af_heart\","
            + "\"response_format\":\"pcm\"}";

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<Arguments> sentIds() {
        return TsvCases.rows("/api/request-ids.tsv", 2).stream()
                .map(row -> Arguments.of(row.field(0), row.field(1).equals("kept")));
    }

    @ParameterizedTest(name = "''{0}'' kept: {1}")
    @MethodSource("sentIds")
    void aSaneIdIsEchoedAnyOtherIsReplacedByAUuid(String sent, boolean kept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/v1/models")).timeout(Duration.ofSeconds(30));
        if (!sent.equals("-")) {
            request.header(HEADER, sent);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String answered = response.headers().firstValue(HEADER).orElseThrow();
        if (kept) {
            assertThat(answered).isEqualTo(sent);
        } else {
            assertThat(UUID.fromString(answered).toString()).isEqualTo(answered);
        }
    }

    @Test
    void anIdOf128CharactersIsKeptOneOf129IsReplaced() throws Exception {
        String longest = "a".repeat(128);
        assertThat(idAnswered("/health", longest)).isEqualTo(longest);
        assertThat(idAnswered("/health", longest + "a")).hasSize(36).isNotEqualTo(longest + "a");
    }

    @Test
    void eachRequestWithoutAnIdGetsADifferentOne() throws Exception {
        assertThat(server.get("/health").headers().firstValue(HEADER))
                .isNotEqualTo(server.get("/health").headers().firstValue(HEADER));
    }

    @Test
    void errorsCarryTheId() throws Exception {
        HttpResponse<String> badRequest = send(HttpRequest.newBuilder(server.uri("/v1/audio/speech"))
                .header(HEADER, "bad-1").POST(HttpRequest.BodyPublishers.ofString("{\"input\":\"\"}")));
        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertThat(badRequest.headers().firstValue(HEADER)).hasValue("bad-1");

        HttpResponse<String> notFound = send(HttpRequest.newBuilder(server.uri("/no/such/route")).header(HEADER, "lost-1"));
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue(HEADER)).hasValue("lost-1");
    }

    @Test
    void streamedAnswersCarryTheId() throws Exception {
        HttpResponse<String> speech = send(HttpRequest.newBuilder(server.uri("/v1/audio/speech"))
                .header(HEADER, "stream-1").POST(HttpRequest.BodyPublishers.ofString(SPEECH)));
        assertThat(speech.statusCode()).isEqualTo(200);
        assertThat(speech.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(speech.headers().firstValue(HEADER)).hasValue("stream-1");

        HttpResponse<String> sse = send(HttpRequest.newBuilder(
                server.uri("/v1/audio/stream/sse?text=Hi.&voice_id=af_heart&format=pcm")).header(HEADER, "sse-1"));
        assertThat(sse.statusCode()).isEqualTo(200);
        assertThat(sse.headers().firstValue(HEADER)).hasValue("sse-1");
    }

    @Test
    void aWebSocketUpgradeCarriesTheId() throws Exception {
        List<String> head = upgrade("/v1/audio/stream/ws", "socket-1");
        assertThat(head.getFirst()).startsWith("HTTP/1.1 101");
        assertThat(head).contains(HEADER + ": socket-1");
    }

    private String idAnswered(String path, String sent) throws Exception {
        return send(HttpRequest.newBuilder(server.uri(path)).header(HEADER, sent)).headers().firstValue(HEADER)
                .orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The status line and headers of the answer to a WebSocket upgrade request, written by hand: Java's WebSocket
     * client does not show them.
     */
    private static List<String> upgrade(String path, String requestId) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + HEADER + ": " + requestId + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        }
    }
}
