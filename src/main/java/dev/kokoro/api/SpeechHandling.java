package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.speech.SpeechService;

/** What the routes that speak a request share: reading the body and the request, the synthesis, the answer. */
record SpeechHandling(SpeechService speech, SpeechRequestReader reader, SpeechResponder responder, ObjectMapper json,
        JsonBody bodies, WholeFileLimit wholeFileLimit) {

    /** The delivery of an OpenAI-style request: streamed audio, a whole file, or SSE. */
    AudioDelivery delivery(Delivery mode) {
        return switch (mode) {
            case STREAMED -> new StreamedAudioDelivery();
            case WHOLE -> new WholeFileDelivery(wholeFileLimit);
            case SSE -> new SseDelivery(json);
        };
    }
}
