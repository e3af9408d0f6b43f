package dev.kokoro.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A voice agent's latency on a realtime session: the time from sending the {@code clientContent} that completes
 * a clause to the first audio frame of it, with a fresh session per round.
 */
final class RealtimeClauseLatency {
    private static final long TIMEOUT_SECONDS = 120;
    /** Sent before the measured piece: a clause still open, as an LLM's first tokens are. */
    private static final String OPENING = "Let me think about";
    /** Completes the first clause: the comma and the space after it let it go. */
    private static final String CLOSING = " that for a moment, ";

    private final BenchClient client;
    private final ObjectMapper json = new ObjectMapper();

    RealtimeClauseLatency(BenchClient client) {
        this.client = client;
    }

    void report(PrintWriter out, int rounds) throws Exception {
        double[] seconds = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            client.settle();
            seconds[round] = oneRound();
        }
        out.printf(Locale.ROOT, "realtime session (pcm, %d rounds): clause-completing clientContent to first audio "
                + "median %.0f ms, max %.0f ms%n", rounds, Samples.median(seconds) * 1000, Samples.max(seconds) * 1000);
    }

    private double oneRound() throws Exception {
        BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        URI uri = URI.create("ws://127.0.0.1:" + client.server().port() + "/v1/realtime");
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new Collector(messages)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        try {
            send(socket, json.writeValueAsString(Map.of("setup", Map.of("voice", BenchClient.VOICE))));
            await(messages, "setupComplete");
            send(socket, content(OPENING, false));
            long start = System.nanoTime();
            send(socket, content(CLOSING, false));
            await(messages, "audio");
            double seconds = (System.nanoTime() - start) / 1e9;
            send(socket, content("and then I will answer.", true));
            await(messages, "turnComplete");
            return seconds;
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    private String content(String text, boolean turnComplete) throws IOException {
        return json.writeValueAsString(Map.of("clientContent", Map.of("text", text, "turnComplete", turnComplete)));
    }

    private static void send(WebSocket socket, String message) throws Exception {
        socket.sendText(message, true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits for a server message with this field at its top or inside {@code serverContent}. */
    private static void await(BlockingQueue<JsonNode> messages, String field) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            JsonNode message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message == null) {
                break;
            }
            if (message.has("error")) {
                throw new IllegalStateException("The realtime session answered " + message);
            }
            if (message.has(field) || message.path("serverContent").has(field)) {
                return;
            }
        }
        throw new IllegalStateException("No '" + field + "' from the realtime session within " + TIMEOUT_SECONDS + " s");
    }

    /** Gathers whole text messages (frames may come in parts) as JSON. */
    private final class Collector implements WebSocket.Listener {
        private final BlockingQueue<JsonNode> messages;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<JsonNode> messages) {
            this.messages = messages;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(json.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException("The realtime session sent something other than JSON", e);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }
}
