package dev.kokoro.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The id each request is known by in the logs and to its client: the {@code X-Request-Id} the client sent when it
 * is sane (at most 128 letters, digits, dots, underscores and hyphens: it goes into log lines and headers as is),
 * else a new UUID. Every answer carries it back (errors, streams and WebSocket upgrades too), and the log lines
 * written while the request is handled carry it as {@code request_id} in the MDC.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    /** The MDC key, which the text log pattern and the JSON lines show. */
    static final String MDC_KEY = "request_id";
    private static final String ATTRIBUTE = "kokoro.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    private RequestIds() {
    }

    /** Registered before every other filter, so that even a request a filter refuses has its id. */
    static void register(Javalin app) {
        app.before(RequestIds::assign);
        app.wsBeforeUpgrade(RequestIds::assign);
        // An upgraded socket's messages are handled on other threads; the upgrade's thread is done with the id.
        app.wsAfterUpgrade(ctx -> forget());
    }

    private static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.header(HEADER, id);
        ctx.attribute(ATTRIBUTE, id);
        MDC.put(MDC_KEY, id);
    }

    /** The id of the upgrade request that opened a WebSocket. */
    static String of(WsContext ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /** The request is over: log lines of this thread no longer belong to it. */
    static void forget() {
        MDC.remove(MDC_KEY);
    }
}
