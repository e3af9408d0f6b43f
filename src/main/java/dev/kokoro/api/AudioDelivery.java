package dev.kokoro.api;

import io.javalin.http.Context;

/**
 * One way of sending a synthesis back to the client: the whole file, streamed audio, server-sent events,
 * captioned JSON or NDJSON. Called once the first chunk is ready, so that every problem found while preparing
 * the text has already become a proper 4xx. Implementations are stateless.
 */
interface AudioDelivery {
    void send(Context ctx, SpeechReply reply) throws Exception;
}
