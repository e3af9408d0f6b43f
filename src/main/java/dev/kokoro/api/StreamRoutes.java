package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.audio.AudioOutput;
import dev.kokoro.config.StreamSocketLimits;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.metrics.RequestMeters;
import dev.kokoro.speech.SpeechService;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams in CosyVoice's shape for one request at a time: the WebSocket {@code /v1/audio/stream/ws}, on which
 * several requests may be in flight, and server-sent events on {@code GET|POST /v1/audio/stream/sse}. Both
 * validate and synthesize through the speech route's pipeline; a bad SSE request is a 400 before any event, as on
 * every other route.
 */
final class StreamRoutes {
    static final String WS_PATH = "/v1/audio/stream/ws";
    static final String SSE_PATH = "/v1/audio/stream/sse";
    private static final Logger log = LoggerFactory.getLogger(StreamRoutes.class);

    private final SpeechService speech;
    private final StreamRequestReader reader;
    private final SpeechResponder responder;
    private final ObjectMapper json;
    private final StreamSocketLimits limits;
    private final RequestMeters meters;
    private final JsonBody bodies;
    private final AccessControl access;
    /** The open sockets by Jetty's session id. */
    private final Map<String, StreamSocket> sockets = new ConcurrentHashMap<>();

    StreamRoutes(SpeechService speech, StreamRequestReader reader, SpeechResponder responder, ObjectMapper json,
            StreamSocketLimits limits, RequestMeters meters, JsonBody bodies, AccessControl access) {
        this.speech = speech;
        this.reader = reader;
        this.responder = responder;
        this.json = json;
        this.limits = limits;
        this.meters = meters;
        this.bodies = bodies;
        this.access = access;
    }

    void register(Javalin app) {
        app.ws(WS_PATH, ws -> {
            ws.onConnect(ctx -> {
                // Jetty closes the socket with 1009 (message too big) on a longer message.
                ctx.session.setMaxTextMessageSize(limits.maxMessageBytes());
                sockets.put(ctx.sessionId(), new StreamSocket(speech, reader, json, new SocketSender(ctx.session, json),
                        limits.maxRequests(), meters, RequestIds.of(ctx), access.caller(ctx)));
            });
            ws.onMessage(ctx -> socket(ctx.sessionId()).receive(ctx.message()));
            ws.onBinaryMessage(ctx -> socket(ctx.sessionId()).receiveBinary());
            ws.onClose(ctx -> closed(ctx.sessionId()));
            ws.onError(ctx -> {
                log.debug("WebSocket {} failed: {}", WS_PATH, String.valueOf(ctx.error()));
                closed(ctx.sessionId());
            });
        });
        // A plain GET (no upgrade) finds the route and is told how to use it.
        app.get(WS_PATH, StreamRoutes::upgradeRequired);
        app.get(SSE_PATH, ctx -> sse(ctx, fromQuery(ctx)));
        app.post(SSE_PATH, ctx -> sse(ctx, bodies.read(ctx, StreamTextRequest.class)));
    }

    private StreamSocket socket(String sessionId) {
        StreamSocket socket = sockets.get(sessionId);
        if (socket == null) {
            throw new IllegalStateException("no socket for session " + sessionId);
        }
        return socket;
    }

    private void closed(String sessionId) {
        StreamSocket socket = sockets.remove(sessionId);
        if (socket != null) {
            socket.close();
        }
    }

    private void sse(Context ctx, StreamTextRequest request) throws Exception {
        SpeechRequestReader.Parsed parsed = reader.read(request);
        String given = StreamRequestReader.requestId(request.requestId());
        String requestId = given == null ? "req_" + UUID.randomUUID() : given;
        responder.respond(ctx, parsed, speech::start, new StreamSseDelivery(json, new StreamMessages(requestId), parsed));
    }

    private static StreamTextRequest fromQuery(Context ctx) {
        String speed = ctx.queryParam("speed");
        Double value = null;
        if (speed != null) {
            try {
                value = Double.valueOf(speed.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("'speed' must be a number, was " + ClientText.quote(speed) + ".",
                        "speed", "invalid_speed");
            }
        }
        return new StreamTextRequest(null, ctx.queryParam("request_id"), ctx.queryParam("text"),
                ctx.queryParam("voice_id"), ctx.queryParam("format"), value,
                QueryParams.integer(ctx, AudioOutput.SAMPLE_RATE_PARAM), ctx.queryParam(AudioOutput.CONTAINER_PARAM));
    }

    private static void upgradeRequired(Context ctx) {
        ctx.header("Upgrade", "websocket");
        ctx.attribute(ErrorHandlers.ERROR_CODE_ATTRIBUTE, "upgrade_required");
        ctx.status(426).json(ErrorBody.of("'" + WS_PATH + "' is a WebSocket: connect with an upgrade request "
                + "(ws://host:port" + WS_PATH + ").", "invalid_request_error", null, "upgrade_required"));
    }
}
