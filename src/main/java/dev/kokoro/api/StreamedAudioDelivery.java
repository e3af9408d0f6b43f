package dev.kokoro.api;

import dev.kokoro.error.KokoroException;
import dev.kokoro.speech.AudioChunk;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

/** Encoded audio bytes as they are made, in one chunked HTTP response: what OpenAI's SDKs stream. */
final class StreamedAudioDelivery extends ChunkedDelivery {
    @Override
    OutputStream begin(Context ctx, SpeechReply reply) throws IOException {
        AudioHeaders.set(ctx, reply.output(), "speech");
        return ctx.res().getOutputStream();
    }

    @Override
    void chunk(OutputStream out, byte[] audio, AudioChunk chunk, SpeechReply reply) throws IOException {
        out.write(audio);
    }

    @Override
    void end(OutputStream out, byte[] audio, SpeechReply reply) throws IOException {
        out.write(audio);
    }

    /** Ends the response without its final chunk, so the client sees a broken transfer, not a short file. */
    @Override
    void failed(Context ctx, OutputStream out, KokoroException e) {
        ResponseAbort.abort(ctx, e);
    }
}
