package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kokoro.e2e.RealtimeClient.Received;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /v1/realtime} against the real server, through the JDK's WebSocket client. */
@EndToEnd
class RealtimeSessionEndToEndTest {
    private static final Logger log = LoggerFactory.getLogger(RealtimeSessionEndToEndTest.class);
    private static final String REPLY = "Sure, I can help with that. The train leaves at nine, so you have plenty "
            + "of time; bring a coat, because it will be cold tonight.";
    private static final String LONG_TURN = ("This sentence is here to keep the server busy for a while. ").repeat(12);

    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("B"), Map.of(
            "realtime-idle-seconds", "3",
            "realtime-max-message-bytes", "2048",
            "voice-aliases", "narrator=af_heart"));

    private static URI uri() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/v1/realtime");
    }

    private static RealtimeClient session(String setup) {
        return RealtimeClient.setUp(uri(), setup);
    }

    @Test
    void aReplyStreamedInPiecesStartsSoundingBeforeItsLastPiece() throws Exception {
        try (RealtimeClient client = session("{\"voice\": \"af_heart\"}")) {
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < REPLY.length(); i += 5) {
                pieces.add(REPLY.substring(i, Math.min(REPLY.length(), i + 5)));
            }
            int firstClauseDone = pieces.indexOf(" I ca"); // "Sure," is followed by a space: a clause
            long clauseSent = 0;
            Received firstAudio = null;
            int piecesBeforeAudio = -1;
            List<Received> received = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                client.content(pieces.get(i), false);
                if (i == firstClauseDone) {
                    clauseSent = System.nanoTime();
                }
                Thread.sleep(60);
                for (Received r = client.poll(); r != null; r = client.poll()) {
                    received.add(r);
                    if (r.isAudio() && firstAudio == null) {
                        firstAudio = r;
                        piecesBeforeAudio = i + 1;
                    }
                }
            }
            client.content("", true);
            received.addAll(client.until(r -> r.is("/serverContent/turnComplete")));

            assertThat(firstAudio).as("audio while the reply was still being written").isNotNull();
            assertThat(piecesBeforeAudio).isLessThan(pieces.size());
            assertThat(firstAudio.nanos()).isGreaterThan(clauseSent);
            log.info("First audio {} ms after the piece that completed the first clause",
                    (firstAudio.nanos() - clauseSent) / 1_000_000);
            assertThat(received.stream().filter(Received::isAudio).map(r -> r.json().at("/serverContent/audio/mimeType")
                    .asText()).distinct()).containsExactly("audio/pcm;rate=24000");
            byte[] pcm = joinedAudio(received);
            assertThat(DecodedAudio.fromPcm(pcm).durationSeconds()).isGreaterThan(2);
            assertThat(received.getLast().json().at("/serverContent/turnComplete").asBoolean()).isTrue();
            // Words are timed across the whole turn, in order.
            List<JsonNode> words = received.stream().filter(r -> r.is("/serverContent/words"))
                    .flatMap(r -> r.json().at("/serverContent/words").valueStream()).toList();
            assertThat(words).allSatisfy(w -> assertThat(w.get("end_time").asDouble())
                    .isGreaterThanOrEqualTo(w.get("start_time").asDouble()));
            List<Double> starts = words.stream().map(w -> w.get("start_time").asDouble()).toList();
            assertThat(starts).hasSizeGreaterThan(15).isSorted();
            assertThat(starts.getLast()).isGreaterThan(1.0);
        }
    }

    @Test
    void anInterruptionStopsTheTurnAndTheNextTurnPlays() throws Exception {
        try (RealtimeClient client = session("{\"voice\": \"af_heart\"}")) {
            client.content(LONG_TURN, true);
            assertThat(client.until(Received::isAudio)).isNotEmpty();

            client.send("{\"interrupt\": {}}");
            List<Received> toInterrupted = client.until(r -> r.is("/serverContent/interrupted"));
            Received interrupted = toInterrupted.getLast();
            assertThat(interrupted.json().at("/serverContent/audio_ms_sent").asLong()).isPositive();
            eventually(() -> server.stats().openStreams() == 0);

            client.content("Next turn.", true);
            List<Received> next = client.until(r -> r.is("/serverContent/turnComplete"));
            List<String> words = next.stream().filter(r -> r.is("/serverContent/words"))
                    .flatMap(r -> r.json().at("/serverContent/words").valueStream()).map(w -> w.get("word").asText())
                    .toList();
            assertThat(words).as("nothing of the interrupted turn after 'interrupted'").containsExactly("Next", "turn");
            assertThat(next.stream().filter(Received::isAudio)).isNotEmpty();
        }
    }

    @Test
    void newContentWithInterruptCancelsTheTurnInProgress() {
        try (RealtimeClient client = session("{\"voice\": \"af_heart\"}")) {
            client.content(LONG_TURN, true);
            client.until(Received::isAudio);

            client.send("{\"clientContent\": {\"text\": \"Stop.\", \"turnComplete\": true, \"interrupt\": true}}");

            client.until(r -> r.is("/serverContent/interrupted"));
            List<Received> next = client.until(r -> r.is("/serverContent/turnComplete"));
            assertThat(next.stream().filter(r -> r.is("/serverContent/words"))
                    .flatMap(r -> r.json().at("/serverContent/words").valueStream()).map(w -> w.get("word").asText()))
                    .containsExactly("Stop");
        }
    }

    @Test
    void eightSessionsAtOnceAllGetTheirAudio() throws Exception {
        List<RealtimeClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                clients.add(session("{\"voice\": \"af_heart\"}"));
            }
            for (RealtimeClient client : clients) {
                client.content("Hello there, this is one of eight sessions.", true);
            }
            for (RealtimeClient client : clients) {
                List<Received> turn = client.until(r -> r.is("/serverContent/turnComplete"));
                assertThat(DecodedAudio.fromPcm(joinedAudio(turn)).durationSeconds()).isGreaterThan(1);
            }
        } finally {
            clients.forEach(RealtimeClient::close);
        }
    }

    @Test
    void badMessagesGetErrorsAndTheSessionGoesOn() {
        try (RealtimeClient client = session("{\"voice\": \"af_heart\"}")) {
            client.send("{not json");
            assertThat(error(client.next())).isEqualTo("invalid_json");
            client.send("{\"hello\": {}}");
            assertThat(error(client.next())).isEqualTo("unknown_message");
            client.send("{\"clientContent\": {\"text\": \"" + "x".repeat(3000) + "\"}}");
            assertThat(error(client.next())).isEqualTo("message_too_large");
            client.send("{\"setup\": {\"voice\": \"af_heart\"}}");
            assertThat(error(client.next())).isEqualTo("already_set_up");

            client.send("{\"ping\": {}}");
            assertThat(client.next().is("/pong")).isTrue();
        }
    }

    @Test
    void textBeforeSetupIsAnErrorAndClose1008() {
        try (RealtimeClient client = RealtimeClient.connect(uri())) {
            client.content("Hello.", true);

            assertThat(error(client.next())).isEqualTo("setup_required");
            assertThat(client.next().closeCode()).isEqualTo(1008);
        }
    }

    @Test
    void aBadSetupIsAnErrorAndClose1008() {
        try (RealtimeClient client = RealtimeClient.connect(uri())) {
            client.send("{\"setup\": {\"voice\": \"zz_nobody\"}}");

            assertThat(error(client.next())).isNotBlank();
            assertThat(client.next().closeCode()).isEqualTo(1008);
        }
    }

    @Test
    void aClientThatVanishesFreesItsSynthesis() throws Exception {
        RealtimeClient client = session("{\"voice\": \"af_heart\"}");
        client.content(LONG_TURN, true);
        client.until(Received::isAudio);
        assertThat(server.stats().openStreams()).isPositive();

        client.abort();

        eventually(() -> server.stats().openStreams() == 0);
    }

    @Test
    void binaryAudioComesInBinaryFramesWithAnAliasedVoice() {
        try (RealtimeClient client = session("{\"voice\": \"narrator\", \"binary_audio\": true}")) {
            client.content("Hello in binary frames.", true);
            List<Received> turn = client.until(r -> r.is("/serverContent/turnComplete"));

            assertThat(turn).noneMatch(r -> r.is("/serverContent/audio"));
            ByteArrayOutputStream pcm = new ByteArrayOutputStream();
            turn.stream().filter(r -> r.binary() != null).forEach(r -> pcm.writeBytes(r.binary()));
            assertThat(pcm.size() % 2).isZero();
            assertThat(DecodedAudio.fromPcm(pcm.toByteArray()).rms()).isPositive();
            assertThat(turn).anyMatch(r -> r.is("/serverContent/words"));
        }
    }

    @Test
    void anEncodedFormatIsOneStreamPerTurn() {
        try (RealtimeClient client = session("{\"voice\": \"af_heart\", \"response_format\": \"mp3\"}")) {
            client.content("An encoded turn, in MP3.", true);
            List<Received> turn = client.until(r -> r.is("/serverContent/turnComplete"));

            assertThat(turn.stream().filter(Received::isAudio).map(r -> r.json().at("/serverContent/audio/mimeType")
                    .asText()).distinct()).containsExactly("audio/mpeg");
            DecodedAudio mp3 = DecodedAudio.decode(joinedAudio(turn), "mp3");
            assertThat(mp3.decodeErrors()).isZero();
            assertThat(mp3.sampleRate()).isEqualTo(24000);
            assertThat(mp3.durationSeconds()).isGreaterThan(0.8);
        }
    }

    @Test
    void anIdleSessionIsClosed() {
        try (RealtimeClient client = session("{\"voice\": \"af_heart\"}")) {
            client.send("{\"ping\": {}}");
            assertThat(client.next().is("/pong")).isTrue();

            Received closed = client.next();

            assertThat(closed.isClose()).as(String.valueOf(closed)).isTrue();
            log.info("Idle session closed with {}", closed.closeCode());
        }
    }

    @Test
    void aPlainGetIsToldToUpgrade() throws Exception {
        var response = server.get("/v1/realtime");

        assertThat(response.statusCode()).isEqualTo(426);
        assertThat(response.body()).contains("upgrade_required");
    }

    private static String error(Received received) {
        assertThat(received.is("/error/message")).as(String.valueOf(received)).isTrue();
        return received.json().at("/error/code").asText();
    }

    private static byte[] joinedAudio(List<Received> received) {
        ByteArrayOutputStream audio = new ByteArrayOutputStream();
        received.stream().filter(Received::isAudio).forEach(r -> audio.writeBytes(
                Base64.getDecoder().decode(r.json().at("/serverContent/audio/data").asText())));
        return audio.toByteArray();
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
