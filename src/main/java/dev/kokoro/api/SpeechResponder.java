package dev.kokoro.api;

import dev.kokoro.auth.StreamPermit;
import dev.kokoro.download.DownloadStore;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.speech.SpeechStream;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * Answers a validated speech request: starts the synthesis, waits for the first chunk before anything is sent
 * (so every problem found while preparing the text still gets a proper 4xx), then hands the rest to the
 * request's {@link AudioDelivery}, saving a downloadable copy on the way when asked. Closing the stream at
 * the end, or as soon as {@link ClientConnections} sees the client hang up or stop reading, cancels whatever is
 * left of the synthesis. Thread-safe.
 */
final class SpeechResponder {
    static final String DOWNLOAD_HEADER = "X-Download-Path";
    private static final String INPUT = "input";

    private final DownloadStore downloads;
    private final AccessControl access;
    private final ClientConnections clients;

    SpeechResponder(DownloadStore downloads, AccessControl access, ClientConnections clients) {
        this.downloads = downloads;
        this.access = access;
        this.clients = clients;
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
                SpeechStream stream = inField(request.inputParam(), () -> starter.apply(request.spec()));
                ClientConnections.Watch client = clients.watch(ctx, stream::close)) {
            try {
                deliver(ctx, request, delivery, stream, summary, client);
            } catch (CancellationException e) {
                if (client.goneBecause() == null) {
                    throw e;
                }
                // Nobody is left to answer: the synthesis stopped for that, which the log says.
                summary.outcome("client gone: " + client.goneBecause());
            }
        }
    }

    private void deliver(Context ctx, SpeechRequestReader.Parsed request, AudioDelivery delivery, SpeechStream stream,
            SynthesisSummary summary, ClientConnections.Watch client) throws Exception {
        AudioChunk first = inField(request.inputParam(), stream::next);
        Optional<DownloadRecorder> download = request.download()
                .map(output -> new DownloadRecorder(downloads, output, request.output()));
        try {
            download.ifPresent(d -> ctx.header(DOWNLOAD_HEADER, d.path()));
            SpeechReply reply = new SpeechReply(stream, first, request.output(), summary, download, client::timed);
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
