package dev.kokoro.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.error.InvalidInputException;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * {@code POST /dev/captioned_speech} (Kokoro-FastAPI's route): the speech request plus word timestamps and,
 * on request, an SRT or WebVTT caption file; streamed as NDJSON, or one JSON object with {@code "stream": false}.
 */
final class CaptionedSpeechRoutes {
    private final SpeechHandling handling;

    CaptionedSpeechRoutes(SpeechHandling handling) {
        this.handling = handling;
    }

    void register(Javalin app) {
        app.post("/dev/captioned_speech", this::speak);
    }

    private void speak(Context ctx) throws Exception {
        JsonBody bodies = handling.bodies();
        ObjectNode body = bodies.object(ctx);
        SpeechRequestReader.Parsed request = handling.reader().read(bodies.convert(body, SpeechRequest.class), "input");
        Captioning captioning = bodies.convert(body, CaptionOptions.class).captioning();
        AudioDelivery delivery = switch (request.delivery()) {
            case STREAMED -> new CaptionedNdjsonDelivery(handling.json(), captioning);
            case WHOLE -> new CaptionedJsonDelivery(captioning, handling.wholeFileLimit());
            case SSE -> throw new InvalidInputException("Captioned speech streams as NDJSON lines or comes as one "
                    + "JSON object: leave 'stream_format' out.", "stream_format", "invalid_stream_format");
        };
        handling.responder().respond(ctx, request, handling.speech()::start, delivery);
    }
}
