package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.speech.SpeechService;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** {@code POST /v1/audio/speech}: OpenAI's route, streamed audio by default, a whole file or SSE on request. */
final class SpeechRoutes {
    private final SpeechService speech;
    private final SpeechRequestReader reader;
    private final SpeechResponder responder;
    private final ObjectMapper json;
    private final JsonBody bodies;
    private final WholeFileLimit wholeFileLimit;

    SpeechRoutes(SpeechService speech, SpeechRequestReader reader, SpeechResponder responder, ObjectMapper json,
            JsonBody bodies, WholeFileLimit wholeFileLimit) {
        this.speech = speech;
        this.reader = reader;
        this.responder = responder;
        this.json = json;
        this.bodies = bodies;
        this.wholeFileLimit = wholeFileLimit;
    }

    void register(Javalin app) {
        app.post("/v1/audio/speech", this::speak);
    }

    private void speak(Context ctx) throws Exception {
        SpeechRequestReader.Parsed request = reader.read(bodies.read(ctx, SpeechRequest.class), "input");
        responder.respond(ctx, request, speech::start, delivery(request.delivery()));
    }

    /** The delivery of an OpenAI-style request; also what the phoneme route uses. */
    AudioDelivery delivery(Delivery mode) {
        return switch (mode) {
            case STREAMED -> new StreamedAudioDelivery();
            case WHOLE -> new WholeFileDelivery(wholeFileLimit);
            case SSE -> new SseDelivery(json);
        };
    }
}
