package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.e2e.StreamSocketClient.Received;
import dev.kokoro.scheduling.SchedulerStats;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import dev.kokoro.testing.TsvCases;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CosyVoice-shaped WebSocket {@code /v1/audio/stream/ws}, with a real WebSocket client on a real server. */
@EndToEnd
class StreamSocketTest {
    private static final Logger log = LoggerFactory.getLogger(StreamSocketTest.class);
    private static final String LONG = "This sentence is repeated so that the request needs many chunks of audio. ";

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("B"), Map.of(
            "stream-socket-max-requests", "2", "stream-socket-max-message-bytes", "4096",
            "max-input-chars", "3000", "max-streams", "3", "retry-after-seconds", "4",
            // sockets that stop reading keep their slots and a request beyond them is refused at once, by the
            // hard cap alone (not by the capacity measured on a loaded test machine)
            "max-parked-streams", "0", "admission-queue-seconds", "0", "admission-by-capacity", "false"));

    private static Map<String, Object> request(String id, String text, String format) {
        return Map.of("message_type", "text_request", "request_id", id, "text", text, "voice_id", "af_heart",
                "format", format, "speed", 1.0);
    }

    @Test
    void oneRequestStreamsStartChunksInOrderAndComplete() throws Exception {
        try (StreamSocketClient client = StreamSocketClient.connect(server.port())) {
            long sent = System.nanoTime();
            client.send(request("one", "Hello there. This stream arrives in several chunks, each one as it is made.",
                    "wav"));
            List<Received> messages = client.untilDone("one");

            assertThat(messages).allSatisfy(m -> assertThat(m.requestId()).isEqualTo("one"));
            assertThat(messages.getFirst().type()).isEqualTo("synthesis_start");
            assertThat(messages.getFirst().message().path("voice_id").asText()).isEqualTo("af_heart");
            assertThat(messages.getFirst().message().path("format").asText()).isEqualTo("wav");
            Received complete = messages.getLast();
            assertThat(complete.type()).isEqualTo("synthesis_complete");
            List<Received> chunks = messages.subList(1, messages.size() - 1);
            assertThat(chunks).hasSizeGreaterThan(2).allSatisfy(m -> assertThat(m.type()).isEqualTo("audio_chunk"));
            log.info("First audio_chunk {} ms after the text_request ({} chunks)",
                    (chunks.getFirst().nanos() - sent) / 1_000_000, chunks.size());

            ByteArrayOutputStream audio = new ByteArrayOutputStream();
            for (int i = 0; i < chunks.size(); i++) {
                Received chunk = chunks.get(i);
                var metadata = chunk.message().path("metadata");
                assertThat(metadata.path("chunk_index").asInt()).isEqualTo(i);
                assertThat(metadata.path("is_final").asBoolean()).isEqualTo(i == chunks.size() - 1);
                assertThat(metadata.path("chunk_size").asInt()).isEqualTo(chunk.audio().length);
                assertThat(metadata.path("sample_rate").asInt()).isEqualTo(24000);
                assertThat(metadata.path("channels").asInt()).isEqualTo(1);
                audio.write(chunk.audio());
            }
            assertThat(complete.message().path("total_chunks").asInt()).isEqualTo(chunks.size());
            assertThat(complete.message().path("synthesis_time").asDouble()).isPositive();
            DecodedAudio decoded = DecodedAudio.decode(audio.toByteArray(), "wav");
            assertThat(decoded.decodeErrors()).isZero();
            assertThat(decoded.sampleRate()).isEqualTo(24000);
            assertThat(decoded.durationSeconds()).isGreaterThan(1.0)
                    .isCloseTo(complete.message().path("total_duration").asDouble(), org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void twoRequestsInFlightInterleaveAndBothComplete() throws Exception {
        try (StreamSocketClient client = StreamSocketClient.connect(server.port())) {
            client.send(request("a", LONG.repeat(3), "pcm"));
            client.send(request("b", "A second request. " + LONG.repeat(2), "mp3"));
            List<Received> messages = client.untilDone("a", "b");

            List<String> order = new ArrayList<>();
            for (String id : List.of("a", "b")) {
                List<Received> own = messages.stream().filter(m -> id.equals(m.requestId())).toList();
                assertThat(own.getFirst().type()).isEqualTo("synthesis_start");
                assertThat(own.getLast().type()).isEqualTo("synthesis_complete");
                List<Received> chunks = own.subList(1, own.size() - 1);
                for (int i = 0; i < chunks.size(); i++) {
                    assertThat(chunks.get(i).message().at("/metadata/chunk_index").asInt()).isEqualTo(i);
                }
                assertThat(own.getLast().message().path("total_chunks").asInt()).isEqualTo(chunks.size());
                ByteArrayOutputStream audio = new ByteArrayOutputStream();
                for (Received chunk : chunks) {
                    audio.write(chunk.audio());
                }
                DecodedAudio decoded = DecodedAudio.decode(audio.toByteArray(), own.getFirst().message().path("format").asText());
                assertThat(decoded.decodeErrors()).as(id).isZero();
                assertThat(decoded.durationSeconds()).as(id).isGreaterThan(2.0);
            }
            messages.forEach(m -> order.add(m.requestId()));
            int lastOfA = order.lastIndexOf("a");
            int firstOfB = order.indexOf("b");
            assertThat(firstOfB).as("b started before a finished: " + order).isLessThan(lastOfA);
        }
    }

    @Test
    void pingIsAnsweredWithPong() throws Exception {
        try (StreamSocketClient client = StreamSocketClient.connect(server.port())) {
            client.send(Map.of("message_type", "ping", "request_id", "p7"));
            Received pong = client.next();
            assertThat(pong.type()).isEqualTo("pong");
            assertThat(pong.requestId()).isEqualTo("p7");
            assertThat(pong.message().path("timestamp").asDouble()).isPositive();
        }
    }

    /** Every bad message gets an error naming its request and field, and the socket goes on serving. */
    @Test
    void badMessagesAreAnsweredWithErrorsAndTheSocketStaysOpen() throws Exception {
        try (StreamSocketClient client = StreamSocketClient.connect(server.port())) {
            for (TsvCases.Row row : TsvCases.rows("/api/stream-socket-errors.tsv", 4)) {
                client.sendText(row.field(0));
                Received error = client.next();
                String what = "line " + row.line() + ": " + error.message();
                assertThat(error.type()).as(what).isEqualTo("error");
                assertThat(error.message().at("/error/code").asText()).as(what).isEqualTo(row.field(1));
                assertThat(error.message().path("error_code").asText()).as(what).isEqualTo(row.field(1));
                assertThat(error.message().path("error_message").asText()).as(what).isNotBlank()
                        .isEqualTo(error.message().at("/error/message").asText());
                assertThat(error.message().has("request_id")).as(what).isEqualTo(!row.field(2).equals("-"));
                if (!row.field(2).equals("-")) {
                    assertThat(error.requestId()).as(what).isEqualTo(row.field(2));
                }
                String param = row.field(3).equals("-") ? null : row.field(3);
                assertThat(error.message().at("/error/param").textValue()).as(what).isEqualTo(param);
            }
            client.send(request("after", "Still here.", "pcm"));
            List<Received> messages = client.untilDone("after");
            assertThat(messages.getLast().type()).isEqualTo("synthesis_complete");
        }
    }

    @Test
    void aThirdRequestInFlightIsRefusedAndClosingTheSocketCancelsTheOthers() throws Exception {
        SchedulerStats before = server.stats();
        StreamSocketClient client = StreamSocketClient.connect(server.port());
        client.send(request("x", LONG.repeat(30), "pcm"));
        client.send(request("y", LONG.repeat(30), "pcm"));
        client.send(request("z", "One too many.", "pcm"));
        List<Received> untilRefused = client.until(m -> m.type().equals("error"));
        assertThat(untilRefused.getLast().requestId()).isEqualTo("z");
        assertThat(untilRefused.getLast().message().at("/error/code").asText()).isEqualTo("too_many_requests");
        client.until(m -> m.type().equals("audio_chunk"));
        assertThat(server.stats().openStreams()).isEqualTo(2);

        client.close();

        SchedulerStats after = awaitIdle();
        assertThat(after.streamsCancelled()).isEqualTo(before.streamsCancelled() + 2);
    }

    /** The server's max-streams bounds every socket's syntheses together; a refused request leaves its socket open. */
    @Test
    void aRequestBeyondTheServersSlotsIsToldTheServerIsBusy() throws Exception {
        awaitIdle();
        try (StreamSocketClient first = StreamSocketClient.connect(server.port());
                StreamSocketClient second = StreamSocketClient.connect(server.port())) {
            first.send(request("f1", LONG.repeat(30), "pcm"));
            first.until(m -> m.type().equals("audio_chunk"));
            first.send(request("f2", LONG.repeat(30), "pcm"));
            first.until(m -> m.type().equals("audio_chunk") && m.requestId().equals("f2"));
            second.send(request("s1", LONG.repeat(30), "pcm"));
            second.until(m -> m.type().equals("audio_chunk"));
            assertThat(server.stats().openStreams()).isEqualTo(3);

            second.send(request("s2", "No slot left.", "pcm"));
            Received busy = second.until(m -> m.type().equals("error")).getLast();

            assertThat(busy.requestId()).isEqualTo("s2");
            assertThat(busy.message().at("/error/code").asText()).isEqualTo("server_busy");
            assertThat(busy.message().path("retry_after").asInt()).isEqualTo(4);
            second.send(Map.of("message_type", "ping", "request_id", "still-open"));
            assertThat(second.until(m -> m.type().equals("pong")).getLast().requestId()).isEqualTo("still-open");
        }
        awaitIdle();
    }

    @Test
    void aClientThatVanishesFreesItsSynthesis() throws Exception {
        SchedulerStats before = server.stats();
        StreamSocketClient client = StreamSocketClient.connect(server.port());
        client.send(request("gone", LONG.repeat(30), "mp3"));
        client.until(m -> m.type().equals("audio_chunk"));

        client.abort();

        SchedulerStats after = awaitIdle();
        assertThat(after.streamsCancelled()).isEqualTo(before.streamsCancelled() + 1);
    }

    @Test
    void aMessageOverTheLimitClosesTheSocketWithMessageTooBig() throws Exception {
        StreamSocketClient client = StreamSocketClient.connect(server.port());
        client.send(request("big", "word ".repeat(1000), "pcm"));
        assertThat(client.closeCode()).isEqualTo(1009);
    }

    @Test
    void aPlainGetIsToldToUpgrade() throws Exception {
        var response = server.get("/v1/audio/stream/ws");
        assertThat(response.statusCode()).isEqualTo(426);
        assertThat(response.body()).contains("upgrade_required");
    }

    private static SchedulerStats awaitIdle() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            SchedulerStats stats = server.stats();
            if (stats.openStreams() == 0) {
                return stats;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the socket's syntheses never stopped: " + server.stats());
    }
}
