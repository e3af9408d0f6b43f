package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.auth.StreamPermit;
import dev.kokoro.config.RealtimeConfig;
import dev.kokoro.error.RateLimitedException;
import dev.kokoro.realtime.Outbox;
import dev.kokoro.realtime.RealtimeSession;
import dev.kokoro.realtime.ServerEvent;
import dev.kokoro.realtime.SpeechSynthesizer;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.voice.VoiceLibrary;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/realtime}: a WebSocket speech session (see {@link RealtimeSession}). Jetty reads the client's
 * messages; each session's frames are sent by a virtual thread of its own from the session's {@link Outbox}, so
 * reading never waits on a slow client, and Jetty's rule of one blocking send at a time holds. When the
 * connection ends, however it ends, the session is closed and its syntheses cancelled.
 */
final class RealtimeRoutes {
    static final String PATH = "/v1/realtime";
    private static final Logger log = LoggerFactory.getLogger(RealtimeRoutes.class);
    /** Audio messages that may wait for a slow client before the session's synthesis pauses. */
    private static final int QUEUED_AUDIO = 32;

    private final SpeechService speech;
    private final RealtimeConfig limits;
    private final ObjectMapper json;
    private final RealtimeRequests requests;
    private final AccessControl access;
    private final Map<String, Connection> sessions = new ConcurrentHashMap<>();

    /**
     * An open session, whose caller's key counts its text, and which holds one of the key's streams while open.
     */
    private record Connection(RealtimeSession session, Caller caller, StreamPermit stream) {
    }

    RealtimeRoutes(SpeechService speech, VoiceLibrary voices, RealtimeConfig limits, ObjectMapper json,
            AccessControl access) {
        this.speech = speech;
        this.limits = limits;
        this.json = json;
        this.requests = new RealtimeRequests(json, voices, limits);
        this.access = access;
    }

    void register(Javalin app) {
        app.ws(PATH, ws -> {
            ws.onConnect(this::open);
            ws.onMessage(ctx -> connection(ctx).ifPresent(c -> requests.handle(ctx.message(), c.session(), c.caller())));
            ws.onBinaryMessage(ctx -> connection(ctx).map(Connection::session).ifPresent(s -> s.refuse(
                    "Binary messages are not read; send JSON text messages.", "unknown_message")));
            ws.onClose(ctx -> closed(ctx.sessionId(), "closed " + ctx.status()));
            ws.onError(ctx -> closed(ctx.sessionId(), String.valueOf(ctx.error())));
        });
        // The same path without the upgrade: say what it is rather than answering "not found".
        app.get(PATH, ctx -> ctx.status(HttpStatus.UPGRADE_REQUIRED).header("Upgrade", "websocket")
                .json(ErrorBody.of(PATH + " is a WebSocket endpoint: connect with a WebSocket client.",
                        "invalid_request_error", null, "upgrade_required")));
    }

    private void open(WsContext ctx) {
        ctx.session.setIdleTimeout(Duration.ofSeconds(limits.idleSeconds()));
        // Jetty closes with 1009 only past the body limit of every request; the session's own, smaller limit
        // is answered with an error message and the session goes on.
        ctx.session.setMaxTextMessageSize(Math.max(ApiServer.MAX_REQUEST_BYTES, limits.maxMessageBytes() + 1L));
        Outbox outbox = new Outbox(QUEUED_AUDIO);
        RealtimeSession session = new RealtimeSession(UUID.randomUUID().toString(), outbox,
                setup -> new SpeechSynthesizer(speech, setup), limits.maxTurnChars());
        Caller caller = access.caller(ctx);
        StreamPermit stream = StreamPermit.NONE;
        try {
            stream = caller.startStream(0);
        } catch (RateLimitedException e) {
            session.end(e.getMessage(), e.code(), RealtimeSession.POLICY_VIOLATION);
        }
        sessions.put(ctx.sessionId(), new Connection(session, caller, stream));
        Thread timer = Thread.ofVirtual().name("kokoro-realtime-timer-" + session.id()).start(() -> expire(session));
        Thread.ofVirtual().name("kokoro-realtime-send-" + session.id()).start(() -> {
            send(ctx, session, outbox);
            timer.interrupt();
        });
        log.info("Realtime session {} opened", session.id());
    }

    private Optional<Connection> connection(WsContext ctx) {
        return Optional.ofNullable(sessions.get(ctx.sessionId()));
    }

    private void closed(String connection, String why) {
        Connection closed = sessions.remove(connection);
        if (closed != null) {
            log.info("Realtime session {} ended: {}", closed.session().id(), why);
            closed.session().close();
            closed.stream().close();
        }
    }

    /** Sends the session's events until it closes or the client is gone. */
    private void send(WsContext ctx, RealtimeSession session, Outbox outbox) {
        RealtimeFrames frames = new RealtimeFrames(json, false);
        try {
            while (true) {
                ServerEvent event = outbox.take();
                if (event instanceof ServerEvent.SetupComplete setup) {
                    frames = new RealtimeFrames(json, setup.binaryAudio());
                }
                if (event instanceof ServerEvent.Close close) {
                    if (ctx.session.isOpen()) {
                        ctx.closeSession(close.code(), close.reason());
                    }
                    return;
                }
                for (RealtimeFrames.Frame frame : frames.of(event)) {
                    switch (frame) {
                        case RealtimeFrames.Text t -> ctx.send(t.json());
                        case RealtimeFrames.Binary b -> ctx.send(b.data());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // A failed send: the client is gone (or going); free the session's synthesis now.
            log.debug("Realtime session {}: send failed: {}", session.id(), e.toString());
            closed(ctx.sessionId(), "send failed");
            if (ctx.session.isOpen()) {
                ctx.closeSession(StatusCode.SERVER_ERROR, "send failed");
            }
        }
    }

    /** Ends the session when its time is up. */
    private void expire(RealtimeSession session) {
        try {
            Thread.sleep(Duration.ofMinutes(limits.maxSessionMinutes()));
            session.end("The session reached its maximum time of " + limits.maxSessionMinutes() + " minutes.",
                    "session_time_limit", RealtimeSession.NORMAL_CLOSURE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
