package dev.kokoro.api;

import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.speech.SpeechStream;
import io.javalin.http.Context;
import java.util.function.Function;

/**
 * Answers a validated speech request: starts the synthesis, waits for the first chunk before anything is sent
 * (so every problem found while preparing the text still gets a proper 4xx), then hands the rest to the
 * request's {@link AudioDelivery}. Closing the stream at the end, or when the client has gone, cancels
 * whatever is left of the synthesis. Stateless.
 */
final class SpeechResponder {
    private SpeechResponder() {
    }

    static void respond(Context ctx, SpeechRequestReader.Parsed request, Function<SpeechSpec, SpeechStream> starter,
            AudioDelivery delivery) throws Exception {
        long start = System.nanoTime();
        SynthesisSummary summary = new SynthesisSummary(request.spec().voice().id(), request.format().id(),
                request.spec().input().length());
        ctx.attribute(SynthesisSummary.ATTRIBUTE, summary);
        try (SpeechStream stream = starter.apply(request.spec())) {
            AudioChunk first = stream.next();
            delivery.send(ctx, new SpeechReply(stream, first, request.format(), summary, start));
        }
    }
}
