package dev.kokoro.config;

import java.util.Map;

/**
 * The limits of realtime sessions ({@code /v1/realtime}).
 *
 * @param idleSeconds       a session with no message either way for this long is closed
 * @param maxSessionMinutes a session is ended after this long, however busy
 * @param maxMessageBytes   the largest client message read; a larger one is refused with an error
 * @param maxTurnChars      the most text one turn may gather
 * @param voiceAliases      alias → voice spec (the {@code voice-aliases} setting), for the setup's voice
 */
public record RealtimeConfig(int idleSeconds, int maxSessionMinutes, int maxMessageBytes, int maxTurnChars,
        Map<String, String> voiceAliases) {

    public RealtimeConfig {
        voiceAliases = Map.copyOf(voiceAliases);
    }

    public static RealtimeConfig from(Settings s) {
        return new RealtimeConfig(
                s.integer("realtime-idle-seconds", 1, 86_400),
                s.integer("realtime-max-session-minutes", 1, 10_080),
                s.integer("realtime-max-message-bytes", 256, 1_000_000),
                s.integer("realtime-max-turn-chars", 1, 10_000_000),
                s.pairs("voice-aliases"));
    }
}
