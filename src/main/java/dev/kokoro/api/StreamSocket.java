package dev.kokoro.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.auth.StreamPermit;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.KokoroException;
import dev.kokoro.metrics.RequestMeters;
import dev.kokoro.speech.SpeechService;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One client's CosyVoice-shaped WebSocket: reads its messages ({@code text_request}, {@code ping}), runs each
 * request on a thread of its own so several can be in flight (up to {@code maxRequests}, told apart by
 * {@code request_id}), and cancels those still running when the socket closes. A message that cannot be served is
 * answered with an {@code error} and the socket stays open. Thread-safe.
 */
final class StreamSocket {
    private static final String TEXT_REQUEST = "text_request";
    private static final String PING = "ping";

    private final SpeechService speech;
    private final StreamRequestReader reader;
    private final ObjectMapper json;
    private final SocketSender sender;
    private final int maxRequests;
    private final RequestMeters meters;
    /** The X-Request-Id of the upgrade request that opened the socket. */
    private final String socketRequestId;
    private final Caller caller;
    private final ReentrantLock lock = new ReentrantLock();
    /** The requests in flight by request_id, each on its thread. */
    private final Map<String, Thread> inFlight = new HashMap<>();
    private boolean closed;

    /** @param caller whose key each request counts against */
    StreamSocket(SpeechService speech, StreamRequestReader reader, ObjectMapper json, SocketSender sender,
            int maxRequests, RequestMeters meters, String socketRequestId, Caller caller) {
        this.speech = speech;
        this.reader = reader;
        this.json = json;
        this.sender = sender;
        this.maxRequests = maxRequests;
        this.meters = meters;
        this.socketRequestId = socketRequestId;
        this.caller = caller;
    }

    /** Handles one text message; returns at once, while any synthesis it started goes on. */
    void receive(String message) {
        String requestId = null;
        try {
            JsonNode node = JsonBody.parse(json, message);
            if (!node.isObject()) {
                throw new InvalidInputException("A message must be a JSON object with a 'message_type'.", null,
                        "invalid_message");
            }
            JsonNode id = node.get("request_id");
            requestId = id == null || id.isNull() ? null : StreamRequestReader.requestId(id.asText());
            String type = node.path("message_type").asText("");
            switch (type) {
                case PING -> sender.sendIfOpen(StreamMessages.pong(requestId));
                case TEXT_REQUEST -> {
                    requestId = requestId == null ? "req_" + UUID.randomUUID() : requestId;
                    start(requestId, json.treeToValue(node, StreamTextRequest.class));
                }
                default -> throw new InvalidInputException("Unknown message_type " + ClientText.quote(type)
                        + "; this socket takes '" + TEXT_REQUEST + "' and '" + PING + "'.", "message_type",
                        "unknown_message_type");
            }
        } catch (JsonProcessingException e) {
            sender.sendIfOpen(StreamMessages.error(requestId, ErrorHandlers.jsonError(e)));
        } catch (KokoroException e) {
            sender.sendIfOpen(StreamMessages.error(requestId, e));
        }
    }

    /** Binary messages have no meaning here: answered with an error, the socket stays open. */
    void receiveBinary() {
        sender.sendIfOpen(StreamMessages.error(null, new InvalidInputException(
                "This socket takes JSON text messages only.", null, "binary_message")));
    }

    private void start(String requestId, StreamTextRequest request) {
        StreamMessages messages = new StreamMessages(requestId);
        SpeechRequestReader.Parsed parsed = reader.read(request);
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (inFlight.containsKey(requestId)) {
                throw new InvalidInputException("A request with request_id " + ClientText.quote(requestId)
                        + " is already in flight "
                        + "on this socket.", "request_id", "duplicate_request_id");
            }
            if (inFlight.size() >= maxRequests) {
                throw new InvalidInputException("This socket already has " + inFlight.size() + " requests in flight, "
                        + "its limit; send the next one when one completes.", null, "too_many_requests");
            }
            StreamPermit permit = caller.startStream(parsed.spec().input().length());
            Thread thread = Thread.ofVirtual().name("kokoro-stream-ws").unstarted(() -> {
                try (permit) {
                    new SocketSynthesis(speech, parsed, messages, sender, meters, socketRequestId).run();
                } finally {
                    finished(requestId);
                }
            });
            inFlight.put(requestId, thread);
            thread.start();
        } finally {
            lock.unlock();
        }
    }

    private void finished(String requestId) {
        lock.lock();
        try {
            inFlight.remove(requestId);
        } finally {
            lock.unlock();
        }
    }

    /** The client closed the socket, or it broke: every synthesis still running on it is cancelled. */
    void close() {
        lock.lock();
        try {
            closed = true;
            inFlight.values().forEach(Thread::interrupt);
        } finally {
            lock.unlock();
        }
    }
}
