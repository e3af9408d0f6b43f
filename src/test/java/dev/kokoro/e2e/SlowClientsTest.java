package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.scheduling.SchedulerStats;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.Eventually;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that read slowly, not at all, or hang up together, on raw sockets against the real server: what they
 * cost is read from the scheduler's counters, not timed.
 */
@EndToEnd
@Timeout(120)
class SlowClientsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Many minutes of 48 kHz PCM, slow speech so that each chunk's synthesis makes many bytes: far more than the
     * socket buffers between server and client hold (a few MB on the loopback).
     */
    private static final String LONG_BODY = body(
            "This sentence is repeated so that the whole request needs many chunks of audio. ".repeat(45), 0.25);

    private static String body(String input, double speed) {
        try {
            return JSON.writeValueAsString(Map.of("model", "tts-1", "input", input, "voice", "af_heart",
                    "response_format", "pcm", "sample_rate", 48_000, "speed", speed));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestServer server(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of("max-input-chars", "10000", "admission-by-capacity", "false",
                "admission-queue-seconds", "0"));
        all.putAll(settings);
        return TestServer.start(TestAssets.miniModel("B"), all);
    }

    /** Sends the long request on a socket whose receive buffer is small, so the server's writes soon block. */
    private static Socket request(TestServer server) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
        byte[] payload = LONG_BODY.getBytes(StandardCharsets.UTF_8);
        var out = socket.getOutputStream();
        out.write(("POST /v1/audio/speech HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + payload.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(payload);
        out.flush();
        return socket;
    }

    @Test
    void aClientThatNeverReadsDoesNotKeepOthersOut() throws Exception {
        // One place; a new request waits up to 60 s for it rather than being refused at once.
        try (TestServer server = server(Map.of("max-streams", "1", "max-parked-streams", "4",
                "admission-queue-seconds", "60", "stream-write-timeout-seconds", "600"))) {
            try (Socket stalled = request(server)) {
                Eventually.await("the stalled request's stream open", server::stats, s -> s.openStreams() == 1);

                // Its place comes free once the socket buffers are full and its lookahead is ready: it parks.
                var answer = server.post("/v1/audio/speech", body("A new listener still gets audio.", 1.0));
                assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
                assertThat(answer.body().length).isGreaterThan(9600);
                SchedulerStats after = server.stats();
                assertThat(after.openStreams()).as("the stalled one still holds on").isEqualTo(1);
                assertThat(after.streamsRejected()).isZero();
            }
        }
    }

    @Test
    void aClientReadingOneKilobyteASecondIsCutOffByTheWriteTimeout() throws Exception {
        try (TestServer server = server(Map.of("stream-write-timeout-seconds", "2"))) {
            try (Socket socket = request(server)) {
                AtomicLong read = new AtomicLong();
                AtomicBoolean ended = new AtomicBoolean();
                Thread reader = Thread.startVirtualThread(() -> {
                    byte[] kilobyte = new byte[1024];
                    try (InputStream in = socket.getInputStream()) {
                        for (int n = in.read(kilobyte); n >= 0; n = in.read(kilobyte)) {
                            read.addAndGet(n);
                            Thread.sleep(1000);
                        }
                    } catch (IOException | InterruptedException e) {
                        // reset by the server, or closed by the test
                    }
                    ended.set(true);
                });
                SchedulerStats cut = Eventually.await("the slow stream cancelled", server::stats,
                        s -> s.streamsCancelled() == 1);
                assertThat(cut.openStreams()).isZero();
                assertThat(read.get()).as("it had started reading").isPositive();
                assertThat(ended.get()).as("the client was still reading when the server gave up").isFalse();
                reader.interrupt();
            }
        }
    }

    @Test
    void tenClientsThatHangUpTogetherCostAtMostTheChunkUnderWay() throws Exception {
        int clients = 10;
        try (TestServer server = server(Map.of("max-streams", "16", "stream-write-timeout-seconds", "600"))) {
            List<Socket> sockets = new ArrayList<>();
            CountDownLatch hearing = new CountDownLatch(clients);
            for (int i = 0; i < clients; i++) {
                Socket socket = request(server);
                sockets.add(socket);
                Thread.startVirtualThread(() -> readUntilClosed(socket, hearing));
            }
            assertThat(hearing.await(60, TimeUnit.SECONDS)).as("every client hears audio").isTrue();
            // They all keep reading, so their streams wait for the worker, not for them.
            long chunksAtHangUp = server.stats().chunksRun();
            for (Socket socket : sockets) {
                socket.close();
            }
            SchedulerStats after = Eventually.await("every stream stopped", server::stats,
                    s -> s.openStreams() == 0 && s.chunksInFlight() == 0);

            assertThat(after.streamsCancelled()).isEqualTo(clients);
            // One worker: the chunk under way when the sockets closed, and one that may have started while the
            // test closed them one by one; noticed only at each stream's next write it would be ten or more.
            assertThat(after.chunksRun() - chunksAtHangUp).isLessThanOrEqualTo(2);
        }
    }

    /** Reads everything the server sends, counting down {@code hearing} once the audio has begun. */
    private static void readUntilClosed(Socket socket, CountDownLatch hearing) {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        boolean counted = false;
        try (InputStream in = socket.getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (!counted && total > 96_000) {
                    hearing.countDown();
                    counted = true;
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
    }
}
