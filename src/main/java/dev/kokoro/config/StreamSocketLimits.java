package dev.kokoro.config;

/**
 * The limits of one CosyVoice-shaped WebSocket ({@code /v1/audio/stream/ws}); the server's {@code max-streams}
 * bounds the syntheses of every socket together.
 *
 * @param maxMessageBytes the largest message a client may send; a larger one closes the socket (1009)
 * @param maxRequests     requests one socket may have in flight at once; a further one is answered with an error
 */
public record StreamSocketLimits(int maxMessageBytes, int maxRequests) {

    public static StreamSocketLimits from(Settings s) {
        return new StreamSocketLimits(
                s.integer("stream-socket-max-message-bytes", 1024, 16_777_216),
                s.integer("stream-socket-max-requests", 1, 1024));
    }
}
