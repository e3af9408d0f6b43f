package dev.kokoro.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.realtime.ServerEvent;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realtime session's events as WebSocket frames: JSON text frames ({@code setupComplete}, {@code serverContent},
 * {@code pong}, {@code error}), and with {@code binary_audio} the audio itself as binary frames, its words (when
 * any) in a {@code serverContent} text frame just before.
 */
final class RealtimeFrames {
    /** One frame: text or binary. */
    sealed interface Frame {
    }

    record Text(String json) implements Frame {
    }

    record Binary(ByteBuffer data) implements Frame {
    }

    private final ObjectMapper json;
    private final boolean binaryAudio;

    RealtimeFrames(ObjectMapper json, boolean binaryAudio) {
        this.json = json;
        this.binaryAudio = binaryAudio;
    }

    /** The frames of an event, in order; none for {@link ServerEvent.Close}, which closes the connection. */
    List<Frame> of(ServerEvent event) throws JsonProcessingException {
        List<Frame> frames = new ArrayList<>();
        switch (event) {
            case ServerEvent.SetupComplete s -> frames.add(text("setupComplete",
                    Map.of("session_id", s.sessionId(), "sample_rate", s.sampleRate())));
            case ServerEvent.Audio a -> audio(a, frames);
            case ServerEvent.TurnComplete t -> frames.add(text("serverContent", Map.of("turnComplete", true)));
            case ServerEvent.Interrupted i -> frames.add(text("serverContent",
                    ordered("interrupted", true, "audio_ms_sent", i.audioMsSent())));
            case ServerEvent.Pong p -> frames.add(text("pong", Map.of()));
            case ServerEvent.Error e -> frames.add(text("error", ordered("message", e.message(), "code", e.code())));
            case ServerEvent.Close c -> {
            }
        }
        return frames;
    }

    /** Audio and its words; an encoder's empty output between frames sends nothing. */
    private void audio(ServerEvent.Audio audio, List<Frame> frames) throws JsonProcessingException {
        Map<String, Object> content = new LinkedHashMap<>();
        if (!binaryAudio && audio.data().length > 0) {
            content.put("audio", ordered("mimeType", audio.mimeType(),
                    "data", Base64.getEncoder().encodeToString(audio.data())));
        }
        if (!audio.words().isEmpty()) {
            content.put("words", audio.words().stream()
                    .map(w -> ordered("word", w.word(), "start_time", w.startTime(), "end_time", w.endTime()))
                    .toList());
        }
        if (!content.isEmpty()) {
            frames.add(text("serverContent", content));
        }
        if (binaryAudio && audio.data().length > 0) {
            frames.add(new Binary(ByteBuffer.wrap(audio.data())));
        }
    }

    private Text text(String key, Object value) throws JsonProcessingException {
        return new Text(json.writeValueAsString(Map.of(key, value)));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
