package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * An output stream that turns the encoded audio written between two flushes into one OpenAI
 * {@code speech.audio.delta} server-sent event, and ends with {@code speech.audio.done}.
 * Not thread-safe: one per response.
 */
final class SseAudioOutput extends OutputStream {
    private final OutputStream events;
    private final ObjectMapper json;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    SseAudioOutput(OutputStream events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @Override
    public void write(int b) {
        pending.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        pending.write(b, off, len);
    }

    /** Sends what was written since the last flush as one delta event. */
    @Override
    public void flush() throws IOException {
        if (pending.size() > 0) {
            String audio = Base64.getEncoder().encodeToString(pending.toByteArray());
            pending.reset();
            send(Map.of("type", "speech.audio.delta", "audio", audio));
        }
    }

    /** Sends the closing event with the request's usage. */
    void done(int inputTokens, int outputTokens) throws IOException {
        flush();
        send(Map.of("type", "speech.audio.done", "usage", Map.of(
                "input_tokens", inputTokens,
                "output_tokens", outputTokens,
                "total_tokens", inputTokens + outputTokens)));
    }

    /** Sends an error event: once events have started, the HTTP status can no longer say it. */
    void error(ErrorBody error) throws IOException {
        send(Map.of("type", "error", "error", error.error()));
    }

    private void send(Object event) throws IOException {
        events.write(("data: " + json.writeValueAsString(event) + "\n\n").getBytes(StandardCharsets.UTF_8));
        events.flush();
    }
}
