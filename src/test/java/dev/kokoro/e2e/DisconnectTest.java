package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.scheduling.SchedulerStats;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.Eventually;
import dev.kokoro.testing.TestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client that hangs up stops its synthesis, whether it was being streamed its audio or waiting for the whole file:
 * counted by the scheduler, not timed.
 */
@EndToEnd
class DisconnectTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "streamed: {0}")
    @ValueSource(booleans = {true, false})
    void hangingUpStopsTheSynthesis(boolean streamed) throws Exception {
        String sentence = "This sentence is repeated so that the whole request needs many chunks of audio. ";
        String body = JSON.writeValueAsString(Map.of("model", "tts-1", "input", sentence.repeat(45),
                "voice", "af_heart", "response_format", "pcm", "speed", 0.5, "stream", streamed));
        try (TestServer server = TestServer.start(dev.kokoro.testing.TestAssets.miniModel("B"),
                Map.of("max-input-chars", "10000"))) {
            // The same request read to the end: how many chunks the whole text takes.
            var full = server.post("/v1/audio/speech", body);
            assertThat(full.statusCode()).isEqualTo(200);
            SchedulerStats afterFull = server.stats();
            long chunksForWholeText = afterFull.chunksRun();
            assertThat(chunksForWholeText).isGreaterThan(10);

            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                OutputStream out = socket.getOutputStream();
                byte[] payload = body.getBytes(StandardCharsets.UTF_8);
                out.write(("POST /v1/audio/speech HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(payload);
                out.flush();
                if (streamed) {
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[64 * 1024];
                    int read = in.read(buffer);
                    assertThat(new String(buffer, 0, Math.max(read, 0), StandardCharsets.ISO_8859_1))
                            .startsWith("HTTP/1.1 200");
                } else {
                    // Nothing is sent before the whole file: hang up once the synthesis is under way.
                    Eventually.await("the synthesis to start", () -> server.stats().chunksRun(),
                            chunks -> chunks >= chunksForWholeText + 2);
                }
            }

            SchedulerStats after = awaitIdle(server);
            assertThat(after.streamsCancelled()).isEqualTo(afterFull.streamsCancelled() + 1);
            long chunksForAbandoned = after.chunksRun() - chunksForWholeText;
            assertThat(chunksForAbandoned).isLessThan(chunksForWholeText);
        }
    }

    private static SchedulerStats awaitIdle(TestServer server) {
        return Eventually.await("the abandoned synthesis to stop", server::stats, stats -> stats.openStreams() == 0);
    }
}
