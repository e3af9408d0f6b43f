package dev.kokoro.api;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.error.KokoroException;
import dev.kokoro.speech.AudioChunk;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The deliveries that send each chunk as soon as it is synthesized: one encoder runs over the whole synthesis,
 * and what it emits for a chunk goes out, in the subclass's wire format, before the next chunk is awaited.
 * A failed write means the client went away: sending stops and the synthesis is cancelled by the caller.
 */
abstract class ChunkedDelivery implements AudioDelivery {
    @Override
    public final void send(Context ctx, SpeechReply reply) throws Exception {
        OutputStream out = reply.body(begin(ctx, reply));
        try {
            stream(reply, new Sink() {
                @Override
                public void chunk(byte[] audio, AudioChunk chunk) throws IOException {
                    ChunkedDelivery.this.chunk(out, audio, chunk, reply);
                    out.flush();
                }

                @Override
                public void end(byte[] audio) throws IOException {
                    ChunkedDelivery.this.end(out, audio, reply);
                    out.flush();
                }
            });
        } catch (IOException e) {
            reply.clientGone(e);
        } catch (KokoroException e) {
            reply.failedMidStream(e);
            failed(ctx, out, e);
        }
    }

    /** Where the encoded audio of a reply goes as it is made: an HTTP body, or messages on a WebSocket. */
    interface Sink {
        /** One chunk's encoded audio (possibly empty while an encoder fills a frame) and its words. */
        void chunk(byte[] audio, AudioChunk chunk) throws IOException;

        /** The encoder's last bytes (possibly empty), after the last chunk. */
        void end(byte[] audio) throws IOException;
    }

    /**
     * Runs one encoder over the whole reply and hands the sink what it emits for each chunk before the next chunk
     * is awaited.
     *
     * @throws IOException when the sink could not send (the client went away)
     */
    static void stream(SpeechReply reply, Sink sink) throws IOException, InterruptedException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (AudioEncoder encoder = reply.output().newEncoder(-1)) {
            for (AudioChunk chunk = reply.next(); chunk != null; chunk = reply.next()) {
                encoder.encode(chunk.samples(), encoded);
                byte[] audio = drain(encoded);
                sink.chunk(audio, chunk);
                reply.sent();
                reply.audio(audio);
            }
            encoder.finish(encoded);
            byte[] audio = drain(encoded);
            sink.end(audio);
            reply.audio(audio);
        }
    }

    /** Sets the headers; returns where the body goes. */
    abstract OutputStream begin(Context ctx, SpeechReply reply) throws IOException;

    /** Sends one chunk: its encoded audio (possibly empty while an encoder fills a frame) and its words. */
    abstract void chunk(OutputStream out, byte[] audio, AudioChunk chunk, SpeechReply reply) throws IOException;

    /** Sends the encoder's last bytes and whatever closes the stream. */
    abstract void end(OutputStream out, byte[] audio, SpeechReply reply) throws IOException;

    /** Tells the client, as well as the wire format can once the status is sent, that the synthesis failed. */
    abstract void failed(Context ctx, OutputStream out, KokoroException e);

    private static byte[] drain(ByteArrayOutputStream buffer) {
        byte[] bytes = buffer.toByteArray();
        buffer.reset();
        return bytes;
    }
}
