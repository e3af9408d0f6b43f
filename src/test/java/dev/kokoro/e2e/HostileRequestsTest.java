package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.api.Endpoint;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.RawHttp;
import dev.kokoro.testing.RawWebSocket;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import dev.kokoro.testing.TsvCases;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an attacker's tour sends, byte for byte on a bare socket: requests Jetty cannot parse, bodies too large for
 * their framing, JSON of the wrong shape or type, fields megabytes long, methods a route does not take. Every answer
 * is a 4xx (505 for an HTTP version that is not 1.x) in OpenAI's error envelope, quoting little of the request.
 */
@EndToEnd
class HostileRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)\\*([^}]+)}");
    /** Client input quoted at most 100 characters, plus the server's own words. */
    private static final int MAX_MESSAGE_CHARS = 400;

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("C"),
            Map.of("max-input-chars", "200"));

    static Stream<Arguments> cases() {
        return TsvCases.read("/api/hostile-requests.tsv", 5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileRequestGetsA4xxInTheEnvelope(String name, String request, int status, String code, String param)
            throws Exception {
        RawHttp.Answer answer = new RawHttp(server.port()).send(expand(request));

        JsonNode error = assertEnvelope(answer, status);
        assertThat(error.get("code").asText()).as(answer.bodyText()).isEqualTo(code);
        assertThat(error.get("param").isNull() ? "-" : error.get("param").asText()).isEqualTo(expandText(param));
    }

    /**
     * A chunked body has no length to refuse up front: the server stops reading at its limit, answers, and closes
     * soon after, however fast the rest comes (Jetty alone read on to the end while bytes kept arriving).
     */
    @Test
    void endlessChunkedBodyIsCutOffAtTheLimit() throws Exception {
        long total = 256L * 1024 * 1024;
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        RawHttp.Answer answer = new RawHttp(server.port()).send(out -> {
            out.write(("POST /v1/audio/speech HTTP/1.1\r\nHost: k\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (long sent = 0; sent < total; sent += chunk.length) {
                out.write(chunkHead);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });

        JsonNode error = assertEnvelope(answer, 413);
        assertThat(error.get("code").asText()).isEqualTo("content_too_large");
        assertThat(answer.header("Connection")).isEqualTo("close");
        // What was written before the server closed: its 1 MB, 1 MB more thrown away, what the sockets' buffers held
        // (about 4 MB on loopback).
        assertThat(answer.sentBytes()).isLessThan(total / 16);
    }

    /** A path the server serves under other methods is a 405 naming them, on every route, never a 404. */
    @Test
    void everyPathAnswersOtherMethodsWith405AndAllow() throws Exception {
        Map<String, Set<String>> methods = new TreeMap<>();
        for (Endpoint endpoint : server.endpoints()) {
            methods.computeIfAbsent(endpoint.path(), p -> new TreeSet<>()).add(endpoint.method());
        }
        assertThat(methods).containsKeys("/v1/audio/speech", "/v1/models", "/v1/tasks/{id}");
        for (Map.Entry<String, Set<String>> path : methods.entrySet()) {
            // No route takes PUT: every path has one method it does not serve.
            assertThat(path.getValue()).doesNotContain("PUT");
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "x1");
            RawHttp.Answer answer = new RawHttp(server.port()).send(("PUT " + concrete + " HTTP/1.1\r\nHost: k\r\n"
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

            JsonNode error = assertEnvelope(answer, 405);
            assertThat(error.get("code").asText()).isEqualTo("method_not_allowed");
            Set<String> allowed = Arrays.stream(answer.header("Allow").split(","))
                    .map(String::strip).collect(Collectors.toSet());
            assertThat(allowed).as(concrete).containsAll(path.getValue());
        }
    }

    /** A quoted "utf-8", in any case, is UTF-8: the body is read. */
    @Test
    void utf8InAnyCaseOrQuotingIsRead() throws Exception {
        for (String charset : new String[] {"utf-8", "\"utf-8\"", "UTF-8", "\"UTF8\""}) {
            String body = "{\"text\": \"Café.\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST /dev/phonemize HTTP/1.1\r\nHost: k\r\nContent-Type: application/json; charset="
                    + charset + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            RawHttp.Answer answer = new RawHttp(server.port()).send(concat(head, bytes));

            assertThat(answer.status()).as(charset + ": " + answer.bodyText()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).get("phonemes").asText()).isNotBlank();
        }
    }

    static Stream<Arguments> frames() {
        return Stream.of(
                Arguments.of("/v1/audio/stream/ws", "text that is not UTF-8", 1007),
                Arguments.of("/v1/realtime", "text that is not UTF-8", 1007),
                Arguments.of("/v1/audio/stream/ws", "70 KB of text", 1009),
                Arguments.of("/v1/audio/stream/ws", "a header announcing 1 TB", 1009),
                Arguments.of("/v1/realtime", "a header announcing 1 TB", 1009));
    }

    /**
     * Frames no socket can use close it with RFC 6455's code for them (the server's limits: 64 KB on the stream
     * socket, 1 MB on the realtime one), without waiting for a payload that is never sent; the server goes on.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("frames")
    void frameNoSocketCanUseClosesIt(String path, String frame, int closeCode) throws Exception {
        try (RawWebSocket ws = RawWebSocket.open(server.port(), path)) {
            switch (frame) {
                case "text that is not UTF-8" -> ws.send(RawWebSocket.TEXT, new byte[] {'{', (byte) 0xC3, '(', '}'});
                case "70 KB of text" -> ws.send(RawWebSocket.TEXT, new byte[70 * 1024]);
                case "a header announcing 1 TB" -> ws.sendHeader(RawWebSocket.TEXT, 1L << 40);
                default -> throw new IllegalArgumentException(frame);
            }
            assertThat(ws.awaitClose()).isEqualTo(closeCode);
        }
        assertThat(server.get("/v1/models").statusCode()).isEqualTo(200);
    }

    private static JsonNode assertEnvelope(RawHttp.Answer answer, int status) throws Exception {
        assertThat(answer.status()).as(answer.bodyText()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode error = JSON.readTree(answer.body()).get("error");
        assertThat(error).as(answer.bodyText()).isNotNull();
        assertThat(error.fieldNames()).toIterable().containsExactlyInAnyOrder("message", "type", "param", "code");
        assertThat(error.get("type").asText()).isEqualTo(status >= 500 ? "server_error" : "invalid_request_error");
        String message = error.get("message").asText();
        assertThat(message).isNotBlank().hasSizeLessThanOrEqualTo(MAX_MESSAGE_CHARS)
                // Neither Java's names for things nor Jackson's `class` quoting: the client's terms only.
                .doesNotContain("Exception", "java.", "dev.kokoro", "`");
        return error;
    }

    /** The request a table row writes: escapes and repetitions expanded, {length} the body's byte length. */
    private static byte[] expand(String request) {
        String text = expandText(request).replace("\\r", "\r").replace("\\n", "\n").replace("\\0", "\0");
        int blank = text.indexOf("\r\n\r\n");
        if (blank >= 0 && text.contains("{length}")) {
            int length = text.substring(blank + 4).getBytes(StandardCharsets.UTF_8).length;
            text = text.replace("{length}", Integer.toString(length));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String expandText(String text) {
        Matcher m = REPEAT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(out).toString();
    }

    private static byte[] concat(byte[] head, byte[] body) {
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
