package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A realtime session's client on the JDK's WebSocket: everything received, in order, as {@link Received}. */
final class RealtimeClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** One thing received: a JSON message, a binary frame, or the close (with its code). */
    record Received(JsonNode json, byte[] binary, int closeCode, long nanos) {
        boolean isAudio() {
            return binary != null || json != null && json.at("/serverContent/audio/data").isTextual();
        }

        boolean is(String pointer) {
            return json != null && !json.at(pointer).isMissingNode();
        }

        boolean isClose() {
            return closeCode != 0;
        }
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private RealtimeClient(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new Listener()).join();
    }

    static RealtimeClient connect(URI uri) {
        return new RealtimeClient(uri);
    }

    /** Connects and sets the session up; the {@code setupComplete} answer is checked and consumed. */
    static RealtimeClient setUp(URI uri, String setup) {
        RealtimeClient client = connect(uri);
        client.send("{\"setup\": " + setup + "}");
        Received answer = client.next();
        assertThat(answer.is("/setupComplete/session_id")).as(String.valueOf(answer)).isTrue();
        assertThat(answer.json().at("/setupComplete/sample_rate").asInt()).isEqualTo(24000);
        return client;
    }

    void send(String message) {
        socket.sendText(message, true).join();
    }

    /** Sends text of the turn, with {@code turnComplete} as given. */
    void content(String text, boolean turnComplete) {
        send("{\"clientContent\": {\"text\": " + quoted(text) + ", \"turnComplete\": " + turnComplete + "}}");
    }

    Received next() {
        try {
            Received next = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(next).as("a message within " + WAIT).isNotNull();
            return next;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whatever was received already, without waiting; null when nothing was. */
    Received poll() {
        return received.poll();
    }

    /** Everything up to and including the first message that matches. */
    List<Received> until(Predicate<Received> last) {
        List<Received> all = new ArrayList<>();
        Received r;
        do {
            r = next();
            all.add(r);
            assertThat(r.isClose() && !last.test(r)).as("closed early: " + all).isFalse();
        } while (!last.test(r));
        return all;
    }

    /** Drops the connection without a close handshake, as a client that vanishes does. */
    void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private ByteArrayOutputStream binary = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received.add(new Received(JSON.readTree(text.toString()), null, 0, System.nanoTime()));
                } catch (Exception e) {
                    throw new IllegalStateException("not JSON: " + text, e);
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            binary.writeBytes(bytes);
            if (last) {
                received.add(new Received(null, binary.toByteArray(), 0, System.nanoTime()));
                binary = new ByteArrayOutputStream();
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            received.add(new Received(null, null, statusCode, System.nanoTime()));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            received.add(new Received(null, null, -1, System.nanoTime()));
        }
    }
}
