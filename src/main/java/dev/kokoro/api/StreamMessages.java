package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kokoro.audio.Pcm;
import dev.kokoro.error.KokoroException;
import dev.kokoro.error.RetryLaterException;
import java.util.Base64;

/**
 * The messages about one CosyVoice-shaped request, the same on the WebSocket and as server-sent events:
 * {@code synthesis_start}, one {@code audio_chunk} per chunk of encoded audio (indexes from 0, the last one
 * {@code is_final}), {@code synthesis_complete}, or {@code error}. Each carries {@code message_type},
 * {@code request_id} and a {@code timestamp} in seconds since the epoch, as CosyVoice's do. One per request,
 * used by one thread.
 */
final class StreamMessages {
    /** The audio is mono. */
    static final int CHANNELS = 1;

    private final String requestId;
    private final long startNanos;
    private int chunks;
    /** The rate of the audio the chunks carry, as {@link #start} announced it. */
    private int sampleRate = Pcm.SAMPLE_RATE;

    StreamMessages(String requestId) {
        this.requestId = requestId;
        this.startNanos = System.nanoTime();
    }

    String requestId() {
        return requestId;
    }

    record Start(
            @JsonProperty("message_type") String messageType,
            @JsonProperty("request_id") String requestId,
            double timestamp,
            String text,
            @JsonProperty("voice_id") String voiceId,
            String format,
            @JsonProperty("sample_rate") int sampleRate,
            int channels) {
    }

    record Chunk(
            @JsonProperty("message_type") String messageType,
            @JsonProperty("request_id") String requestId,
            double timestamp,
            @JsonProperty("audio_data") String audioData,
            Metadata metadata) {
    }

    /** @param chunkSize the bytes of this chunk's audio (before base64) */
    record Metadata(
            @JsonProperty("chunk_index") int chunkIndex,
            @JsonProperty("chunk_size") int chunkSize,
            @JsonProperty("sample_rate") int sampleRate,
            int channels,
            @JsonProperty("is_final") boolean isFinal) {
    }

    /**
     * @param totalDuration seconds of audio
     * @param synthesisTime seconds from the request to its last chunk
     */
    record Complete(
            @JsonProperty("message_type") String messageType,
            @JsonProperty("request_id") String requestId,
            double timestamp,
            @JsonProperty("total_chunks") int totalChunks,
            @JsonProperty("total_duration") double totalDuration,
            @JsonProperty("synthesis_time") double synthesisTime) {
    }

    /**
     * Our error envelope's detail under {@code error}, and CosyVoice's flat {@code error_code} and
     * {@code error_message} beside it, so clients written for either read it.
     *
     * @param requestId  absent when the message could not be read far enough to know it
     * @param retryAfter seconds to wait before trying again, when every synthesis slot was taken or the key is over a limit
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(
            @JsonProperty("message_type") String messageType,
            @JsonProperty("request_id") String requestId,
            double timestamp,
            ErrorBody.Detail error,
            @JsonProperty("error_code") String errorCode,
            @JsonProperty("error_message") String errorMessage,
            @JsonProperty("retry_after") Long retryAfter) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Pong(
            @JsonProperty("message_type") String messageType,
            @JsonProperty("request_id") String requestId,
            double timestamp) {
    }

    Start start(SpeechRequestReader.Parsed request) {
        sampleRate = request.output().sampleRate();
        return new Start("synthesis_start", requestId, now(), request.spec().input(), request.spec().voice().id(),
                request.output().id(), request.output().sampleRate(), CHANNELS);
    }

    /** The next chunk of encoded audio; {@code last} for the encoder's final bytes. */
    Chunk chunk(byte[] audio, boolean last) {
        Metadata metadata = new Metadata(chunks++, audio.length, sampleRate, CHANNELS, last);
        return new Chunk("audio_chunk", requestId, now(), Base64.getEncoder().encodeToString(audio), metadata);
    }

    Complete complete(long samples) {
        return new Complete("synthesis_complete", requestId, now(), chunks, (double) samples / Pcm.SAMPLE_RATE,
                (System.nanoTime() - startNanos) / 1e9);
    }

    Error error(KokoroException e) {
        return error(requestId, e);
    }

    static Error error(String requestId, KokoroException e) {
        ErrorBody.Detail detail = ErrorHandlers.bodyOf(e).error();
        Long retryAfter = e instanceof RetryLaterException later && later.retryAfterSeconds().isPresent()
                ? later.retryAfterSeconds().getAsLong() : null;
        return new Error("error", requestId, now(), detail, detail.code(), detail.message(), retryAfter);
    }

    static Pong pong(String requestId) {
        return new Pong("pong", requestId, now());
    }

    private static double now() {
        return System.currentTimeMillis() / 1000.0;
    }
}
