package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request in CosyVoice's streaming shape: a WebSocket {@code text_request} message, the body of
 * {@code POST /v1/audio/stream/sse}, or the query of {@code GET /v1/audio/stream/sse}. Absent fields are null;
 * {@link StreamRequestReader} applies the defaults.
 *
 * @param messageType {@code text_request} or {@code ping} on the WebSocket; ignored on the SSE routes
 * @param requestId   the client's name for the request, echoed in every message about it
 */
record StreamTextRequest(
        @JsonProperty("message_type") String messageType,
        @JsonProperty("request_id") String requestId,
        String text,
        @JsonProperty("voice_id") String voiceId,
        String format,
        Double speed,
        /** As on the speech route: the output rate in Hz, by default the format's own. */
        @JsonProperty("sample_rate") Integer sampleRate,
        /** As on the speech route: {@code "wav"} for mulaw or alaw inside a WAV file. */
        String container) {
}
