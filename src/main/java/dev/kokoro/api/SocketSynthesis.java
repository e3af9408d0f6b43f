package dev.kokoro.api;

import dev.kokoro.error.KokoroException;
import dev.kokoro.metrics.RequestMeters;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.speech.SpeechStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One {@code text_request} on a CosyVoice-shaped WebSocket, run on a virtual thread of its own: starts the
 * synthesis through the speech pipeline, waits for the first chunk (so a problem found while preparing the text is
 * an {@code error}, not a broken stream), then sends {@code synthesis_start}, an {@code audio_chunk} per encoded
 * chunk and {@code synthesis_complete}. Interrupting the thread (the socket closed) cancels the synthesis. Its log
 * lines carry the {@code X-Request-Id} of the socket's upgrade request; its summary line also names the message's
 * {@code request_id}.
 */
final class SocketSynthesis implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(SocketSynthesis.class);

    private final SpeechService speech;
    private final SpeechRequestReader.Parsed request;
    private final StreamMessages messages;
    private final SocketSender sender;
    private final RequestMeters meters;
    private final String socketRequestId;

    SocketSynthesis(SpeechService speech, SpeechRequestReader.Parsed request, StreamMessages messages,
            SocketSender sender, RequestMeters meters, String socketRequestId) {
        this.speech = speech;
        this.request = request;
        this.messages = messages;
        this.sender = sender;
        this.meters = meters;
        this.socketRequestId = socketRequestId;
    }

    @Override
    public void run() {
        MDC.put(RequestIds.MDC_KEY, socketRequestId);
        SynthesisSummary summary = new SynthesisSummary(request.spec().voice().id(), request.output().id(),
                request.spec().input().length());
        String param = request.inputParam();
        try (SpeechStream stream = SpeechResponder.inField(param, () -> speech.start(request.spec()))) {
            AudioChunk first = SpeechResponder.inField(param, stream::next);
            SpeechReply reply = new SpeechReply(stream, first, request.output(), summary, Optional.empty(),
                    UnaryOperator.identity());
            sender.send(messages.start(request));
            try {
                ChunkedDelivery.stream(reply, new ChunkedDelivery.Sink() {
                    @Override
                    public void chunk(byte[] audio, AudioChunk chunk) throws IOException {
                        if (audio.length > 0) {
                            sender.send(messages.chunk(audio, false));
                        }
                    }

                    @Override
                    public void end(byte[] audio) throws IOException {
                        sender.send(messages.chunk(audio, true));
                    }
                });
            } catch (IOException e) {
                reply.clientGone(e);
                return;
            } catch (KokoroException e) {
                reply.failedMidStream(e);
                throw e;
            }
            // Every chunk is out, the last marked final: the synthesis is complete even when the client, having seen
            // it, closes before the write of this last message is confirmed.
            sender.sendIfOpen(messages.complete(reply.samples()));
        } catch (KokoroException e) {
            summary.outcome("error: " + e.code());
            sender.sendIfOpen(messages.error(e));
        } catch (IOException e) {
            summary.outcome("client disconnected");
        } catch (InterruptedException | CancellationException e) {
            summary.outcome("cancelled: the socket closed");
        } finally {
            log.info("WS {} request_id={} {}", StreamRoutes.WS_PATH, messages.requestId(), summary);
            summary.record(meters, StreamRoutes.WS_PATH, false);
            RequestIds.forget();
        }
    }
}
