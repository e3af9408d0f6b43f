package dev.kokoro.api;

import io.javalin.Javalin;
import io.javalin.http.Context;

/** {@code POST /v1/audio/speech}: OpenAI's route, streamed audio by default, a whole file or SSE on request. */
final class SpeechRoutes {
    private final SpeechHandling handling;

    SpeechRoutes(SpeechHandling handling) {
        this.handling = handling;
    }

    void register(Javalin app) {
        app.post("/v1/audio/speech", this::speak);
    }

    private void speak(Context ctx) throws Exception {
        SpeechRequestReader.Parsed request = handling.reader()
                .read(handling.bodies().read(ctx, SpeechRequest.class), "input");
        handling.responder().respond(ctx, request, handling.speech()::start, handling.delivery(request.delivery()));
    }
}
