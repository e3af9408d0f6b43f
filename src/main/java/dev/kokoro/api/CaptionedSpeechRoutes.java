package dev.kokoro.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.speech.SpeechService;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * {@code POST /dev/captioned_speech} (Kokoro-FastAPI's route): the speech request plus word timestamps and,
 * on request, an SRT or WebVTT caption file; streamed as NDJSON, or one JSON object with {@code "stream": false}.
 */
final class CaptionedSpeechRoutes {
    private final SpeechService speech;
    private final SpeechRequestReader reader;
    private final SpeechResponder responder;
    private final ObjectMapper json;
    private final JsonBody bodies;
    private final WholeFileLimit wholeFileLimit;

    CaptionedSpeechRoutes(SpeechService speech, SpeechRequestReader reader, SpeechResponder responder, ObjectMapper json,
            JsonBody bodies, WholeFileLimit wholeFileLimit) {
        this.speech = speech;
        this.reader = reader;
        this.responder = responder;
        this.json = json;
        this.bodies = bodies;
        this.wholeFileLimit = wholeFileLimit;
    }

    void register(Javalin app) {
        app.post("/dev/captioned_speech", this::speak);
    }

    private void speak(Context ctx) throws Exception {
        ObjectNode body = bodies.object(ctx);
        SpeechRequestReader.Parsed request = reader.read(bodies.convert(body, SpeechRequest.class), "input");
        Captioning captioning = bodies.convert(body, CaptionOptions.class).captioning();
        AudioDelivery delivery = switch (request.delivery()) {
            case STREAMED -> new CaptionedNdjsonDelivery(json, captioning);
            case WHOLE -> new CaptionedJsonDelivery(captioning, wholeFileLimit);
            case SSE -> throw new InvalidInputException("Captioned speech streams as NDJSON lines or comes as one "
                    + "JSON object: leave 'stream_format' out.", "stream_format", "invalid_stream_format");
        };
        responder.respond(ctx, request, speech::start, delivery);
    }
}
