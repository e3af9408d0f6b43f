package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.engine.KokoroModel;
import dev.kokoro.error.KokoroException;
import dev.kokoro.speech.AudioChunk;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * OpenAI's server-sent events ({@code "stream_format": "sse"}): a {@code speech.audio.delta} event with base64
 * audio per chunk, then {@code speech.audio.done} with the usage.
 */
final class SseDelivery extends ChunkedDelivery {
    private final ObjectMapper json;

    SseDelivery(ObjectMapper json) {
        this.json = json;
    }

    @Override
    OutputStream begin(Context ctx, SpeechReply reply) throws IOException {
        return AudioHeaders.openStream(ctx, "text/event-stream");
    }

    @Override
    void chunk(OutputStream out, byte[] audio, AudioChunk chunk, SpeechReply reply) throws IOException {
        delta(out, audio);
    }

    @Override
    void end(OutputStream out, byte[] audio, SpeechReply reply) throws IOException {
        delta(out, audio);
        int inputTokens = reply.tokens();
        int outputTokens = (int) (reply.samples() / KokoroModel.SAMPLES_PER_FRAME);
        send(out, Map.of("type", "speech.audio.done", "usage", Map.of(
                "input_tokens", inputTokens,
                "output_tokens", outputTokens,
                "total_tokens", inputTokens + outputTokens)));
    }

    @Override
    void failed(Context ctx, OutputStream out, KokoroException e) {
        try {
            send(out, Map.of("type", "error",
                    "error", ErrorBody.of(e, "server_error").error()));
        } catch (IOException gone) {
            // The client left as well: nobody is there to tell.
        }
    }

    private void delta(OutputStream out, byte[] audio) throws IOException {
        if (audio.length > 0) {
            send(out, Map.of("type", "speech.audio.delta", "audio", Base64.getEncoder().encodeToString(audio)));
        }
    }

    private void send(OutputStream out, Object event) throws IOException {
        out.write(("data: " + json.writeValueAsString(event) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
