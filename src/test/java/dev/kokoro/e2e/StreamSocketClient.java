package dev.kokoro.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client (java.net.http) on the CosyVoice-shaped socket: sends JSON text, and hands back each
 * message the server sends, in order, with the time it arrived.
 */
final class StreamSocketClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A message from the server and when it arrived ({@link System#nanoTime}). */
    record Received(JsonNode message, long nanos) {
        String type() {
            return message.path("message_type").asText();
        }

        String requestId() {
            return message.path("request_id").asText(null);
        }

        byte[] audio() {
            return Base64.getDecoder().decode(message.path("audio_data").asText());
        }
    }

    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private StreamSocketClient(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    try {
                        received.add(new Received(JSON.readTree(partial.toString()), System.nanoTime()));
                    } catch (Exception e) {
                        closeCode.completeExceptionally(e);
                    }
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
                closeCode.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
                closeCode.completeExceptionally(error);
            }
        }).join();
    }

    static StreamSocketClient connect(int port) {
        return connect(URI.create("ws://127.0.0.1:" + port + "/v1/audio/stream/ws"));
    }

    /** The socket at {@code uri}: with a query, such as {@code ?api_key=}. */
    static StreamSocketClient connect(URI uri) {
        return new StreamSocketClient(uri);
    }

    void send(Object message) throws Exception {
        sendText(message instanceof String text ? text : JSON.writeValueAsString(message));
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next message; fails after a minute without one. */
    Received next() throws InterruptedException {
        Received message = received.poll(60, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no message from the server within a minute");
        }
        return message;
    }

    /** Every message up to and including the first that matches. */
    List<Received> until(Predicate<Received> last) throws InterruptedException {
        List<Received> messages = new ArrayList<>();
        Received message;
        do {
            message = next();
            messages.add(message);
        } while (!last.test(message));
        return messages;
    }

    /** The messages of requests up to the end ({@code synthesis_complete} or {@code error}) of each of them. */
    List<Received> untilDone(String... requestIds) throws InterruptedException {
        List<String> open = new ArrayList<>(List.of(requestIds));
        return until(m -> (m.type().equals("synthesis_complete") || m.type().equals("error"))
                && open.remove(m.requestId()) && open.isEmpty());
    }

    /** The status code the server closed with; fails after a minute. */
    int closeCode() throws Exception {
        return closeCode.get(60, TimeUnit.SECONDS);
    }

    /** Drops the connection without a closing handshake, as a client that vanished does. */
    void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
