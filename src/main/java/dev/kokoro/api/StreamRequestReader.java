package dev.kokoro.api;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.error.InvalidInputException;

/**
 * Checks a CosyVoice-shaped request with the speech route's own checks, under CosyVoice's field names
 * ({@code text}, {@code voice_id}, {@code format}) and defaults: voice af_heart, WAV (CosyVoice's default
 * format), speed 1.
 */
final class StreamRequestReader {
    static final String DEFAULT_VOICE = "af_heart";
    static final String DEFAULT_FORMAT = "wav";
    private static final String TEXT = "text";
    private static final String VOICE = "voice_id";
    /** A request id is the client's label, echoed in every message about the request: a label, not a payload. */
    static final int MAX_REQUEST_ID_CHARS = 128;

    private final SpeechRequestReader speech;

    StreamRequestReader(SpeechRequestReader speech) {
        this.speech = speech;
    }

    /** The client's name for a request, as given; null stays null (the caller names the request then). */
    static String requestId(String id) {
        if (id != null && id.length() > MAX_REQUEST_ID_CHARS) {
            throw new InvalidInputException("'request_id' may be at most " + MAX_REQUEST_ID_CHARS + " characters.",
                    "request_id", "invalid_request_id");
        }
        return id;
    }

    SpeechRequestReader.Parsed read(StreamTextRequest r) {
        String format = AudioFormat.parse(r.format() == null ? DEFAULT_FORMAT : r.format(), "format").id();
        String voice = r.voiceId() == null ? DEFAULT_VOICE : r.voiceId();
        SpeechRequest request = new SpeechRequest(null, r.text(), TextNode.valueOf(voice), format, r.speed(),
                null, null, null, null, null, null, null, null, null, r.sampleRate(), r.container());
        try {
            return speech.read(request, TEXT);
        } catch (InvalidInputException e) {
            if (!"voice".equals(e.param())) {
                throw e;
            }
            throw new InvalidInputException(e.getMessage().replace("'voice'", "'" + VOICE + "'"), VOICE, e.code(), e);
        }
    }
}
