package dev.kokoro.api;

import dev.kokoro.auth.StreamPermit;
import dev.kokoro.download.DownloadStore;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.speech.SpeechStream;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers a validated speech request: starts the synthesis, waits for the first chunk before anything is sent
 * (so every problem found while preparing the text still gets a proper 4xx), then hands the rest to the
 * request's {@link AudioDelivery}, saving a downloadable copy on the way when asked. Closing the stream at
 * the end, or when the client has gone, cancels whatever is left of the synthesis. Thread-safe.
 */
final class SpeechResponder {
    static final String DOWNLOAD_HEADER = "X-Download-Path";
    private static final String INPUT = "input";

    private final DownloadStore downloads;
    private final AccessControl access;

    SpeechResponder(DownloadStore downloads, AccessControl access) {
        this.downloads = downloads;
        this.access = access;
    }

    /** A step that may find fault with the input. */
    @FunctionalInterface
    interface InputStep<T> {
        T run() throws InterruptedException;
    }

    /**
     * Runs a step, naming in its errors the request field that held the input: the pipeline calls it "input",
     * which the phoneme route's clients know as "phonemes".
     */
    static <T> T inField(String param, InputStep<T> step) throws InterruptedException {
        try {
            return step.run();
        } catch (InvalidInputException e) {
            if (!INPUT.equals(e.param()) || INPUT.equals(param)) {
                throw e;
            }
            throw new InvalidInputException(e.getMessage(), param, e.code(), e);
        }
    }

    void respond(Context ctx, SpeechRequestReader.Parsed request, Function<SpeechSpec, SpeechStream> starter,
            AudioDelivery delivery) throws Exception {
        SynthesisSummary summary = new SynthesisSummary(request.spec().voice().id(), request.output().id(),
                request.spec().input().length());
        ctx.attribute(SynthesisSummary.ATTRIBUTE, summary);
        try (StreamPermit permit = access.caller(ctx).startStream(request.spec().input().length());
                SpeechStream stream = inField(request.inputParam(), () -> starter.apply(request.spec()))) {
            AudioChunk first = inField(request.inputParam(), stream::next);
            Optional<DownloadRecorder> download = request.download()
                    .map(output -> new DownloadRecorder(downloads, output, request.output()));
            try {
                download.ifPresent(d -> ctx.header(DOWNLOAD_HEADER, d.path()));
                SpeechReply reply = new SpeechReply(stream, first, request.output(), summary, download);
                delivery.send(ctx, reply);
                // Before the response ends: a client that has it all can fetch the file at once.
                if (reply.complete()) {
                    download.ifPresent(DownloadRecorder::finish);
                }
            } finally {
                download.ifPresent(DownloadRecorder::close);
            }
        }
    }
}
