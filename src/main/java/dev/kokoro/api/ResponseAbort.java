package dev.kokoro.api;

import io.javalin.http.Context;
import org.eclipse.jetty.server.Request;

/**
 * Ends a response whose headers are already sent without its proper end (no final chunk), so the
 * client sees a broken transfer instead of a short file that looks complete.
 */
final class ResponseAbort {
    private ResponseAbort() {
    }

    static void abort(Context ctx, Throwable cause) {
        Request.getBaseRequest(ctx.req()).getHttpChannel().abort(cause);
    }
}
