package dev.kokoro.testing;

import com.sun.net.httpserver.HttpServer;
import dev.kokoro.jobs.CallbackDispatcher;
import dev.kokoro.jobs.CallbackSigner;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** An HTTP server on 127.0.0.1 that records each callback POSTed to it and answers with the statuses it is given. */
public final class CallbackReceiver implements AutoCloseable {
    /**
     * One request as received, and the status it was answered with.
     *
     * @param signature the {@code X-Kokoro-Signature} header, or null
     * @param delivery  the {@code X-Kokoro-Delivery} header, or null
     */
    public record Received(String body, String signature, String delivery, int status) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

    public CallbackReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/callback", exchange -> {
            Integer answer = answers.poll();
            int status = answer == null ? 200 : answer;
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(body, exchange.getRequestHeaders().getFirst(CallbackSigner.HEADER),
                        exchange.getRequestHeaders().getFirst(CallbackDispatcher.DELIVERY_HEADER), status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers the next requests with these statuses, then with 200. */
    public void answer(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/callback";
    }

    public List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
