package dev.kokoro.api;

import io.javalin.http.Context;

/** The whole file at once, with a Content-Length ({@code "stream": false}): for clients that cannot stream. */
final class WholeFileDelivery implements AudioDelivery {
    private final WholeFileLimit limit;

    WholeFileDelivery(WholeFileLimit limit) {
        this.limit = limit;
    }

    @Override
    public void send(Context ctx, SpeechReply reply) throws Exception {
        byte[] file = reply.whole(limit).file();
        AudioHeaders.set(ctx, reply.output(), "speech");
        ctx.res().setContentLength(file.length);
        ctx.result(file);
    }
}
