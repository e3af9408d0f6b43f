package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.error.KokoroException;
import dev.kokoro.speech.AudioChunk;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code /v1/audio/stream/sse}: the CosyVoice-shaped messages of one request as server-sent events named
 * {@code start}, {@code audio_chunk}, {@code complete} and {@code error}, each event's data the message the
 * WebSocket would send.
 */
final class StreamSseDelivery extends ChunkedDelivery {
    private final ObjectMapper json;
    private final StreamMessages messages;
    private final SpeechRequestReader.Parsed request;

    StreamSseDelivery(ObjectMapper json, StreamMessages messages, SpeechRequestReader.Parsed request) {
        this.json = json;
        this.messages = messages;
        this.request = request;
    }

    @Override
    OutputStream begin(Context ctx, SpeechReply reply) throws IOException {
        OutputStream out = AudioHeaders.openStream(ctx, "text/event-stream");
        send(out, "start", messages.start(request));
        return out;
    }

    @Override
    void chunk(OutputStream out, byte[] audio, AudioChunk chunk, SpeechReply reply) throws IOException {
        if (audio.length > 0) {
            send(out, "audio_chunk", messages.chunk(audio, false));
        }
    }

    @Override
    void end(OutputStream out, byte[] audio, SpeechReply reply) throws IOException {
        send(out, "audio_chunk", messages.chunk(audio, true));
        send(out, "complete", messages.complete(reply.samples()));
    }

    @Override
    void failed(Context ctx, OutputStream out, KokoroException e) {
        try {
            send(out, "error", messages.error(e));
        } catch (IOException gone) {
            // The client left as well: nobody is there to tell.
        }
    }

    private void send(OutputStream out, String event, Object data) throws IOException {
        out.write(("event: " + event + "\ndata: " + json.writeValueAsString(data) + "\n\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
