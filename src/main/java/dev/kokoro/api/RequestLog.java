package dev.kokoro.api;

import dev.kokoro.metrics.RequestMeters;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server notes of each HTTP request once it is answered (a streamed answer once its last byte went
 * out): one log line with its request id, its meters, and then the end of its request id on this thread.
 */
final class RequestLog implements RequestLogger {
    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    private final RequestMeters meters;

    RequestLog(RequestMeters meters) {
        this.meters = meters;
    }

    @Override
    public void handle(Context ctx, Float ms) {
        try {
            SynthesisSummary synthesis = ctx.attribute(SynthesisSummary.ATTRIBUTE);
            String error = ctx.attribute(ErrorHandlers.ERROR_CODE_ATTRIBUTE);
            log.info("{} {} {} {}ms{}{}", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms),
                    synthesis == null || error != null ? "" : " " + synthesis, error == null ? "" : " error=" + error);
            String route = route(ctx);
            meters.request(route, ctx.method().name(), ctx.statusCode(),
                    synthesis == null ? RequestMeters.NONE : synthesis.format());
            if (synthesis != null) {
                synthesis.record(meters, route, error != null);
            }
        } finally {
            RequestIds.forget();
        }
    }

    /**
     * The template of the route that took the request ({@code /v1/audio/voices/{name}}), which keeps the metrics'
     * label values few; none when no route did (an unknown path, or a filter turned it away first).
     */
    private static String route(Context ctx) {
        if (ctx.handlerType() == HandlerType.BEFORE) {
            return RequestMeters.NONE;
        }
        String template = ctx.endpointHandlerPath();
        return template.isEmpty() ? RequestMeters.NONE : template;
    }
}
