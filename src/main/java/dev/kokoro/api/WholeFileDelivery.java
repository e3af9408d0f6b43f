package dev.kokoro.api;

import dev.kokoro.audio.PcmJoiner;
import dev.kokoro.speech.AudioChunk;
import io.javalin.http.Context;

/** The whole file at once, with a Content-Length ({@code "stream": false}): for clients that cannot stream. */
final class WholeFileDelivery implements AudioDelivery {
    @Override
    public void send(Context ctx, SpeechReply reply) throws Exception {
        PcmJoiner pcm = new PcmJoiner();
        for (AudioChunk chunk = reply.next(); chunk != null; chunk = reply.next()) {
            pcm.add(chunk.samples());
        }
        byte[] file = reply.format().encodeWhole(pcm.joined());
        reply.audio(file);
        AudioHeaders.set(ctx, reply.format());
        ctx.res().setContentLength(file.length);
        ctx.result(file);
    }
}
