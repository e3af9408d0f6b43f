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

    private final SpeechRequestReader speech;

    StreamRequestReader(SpeechRequestReader speech) {
        this.speech = speech;
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
