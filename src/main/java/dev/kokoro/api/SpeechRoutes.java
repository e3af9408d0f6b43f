package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.engine.KokoroModel;
import dev.kokoro.error.KokoroException;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.speech.SpeechStream;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/audio/speech}. The handler waits for the first chunk before it sends any header,
 * so every problem found while preparing the text still gets a proper 4xx; after that, each chunk
 * is encoded and flushed as soon as it is synthesized. A failed write means the client has gone:
 * the synthesis is cancelled at once.
 */
final class SpeechRoutes {
    private static final Logger log = LoggerFactory.getLogger(SpeechRoutes.class);

    private final SpeechService speech;
    private final SpeechRequestReader reader;
    private final ObjectMapper json;

    SpeechRoutes(SpeechService speech, SpeechRequestReader reader, ObjectMapper json) {
        this.speech = speech;
        this.reader = reader;
        this.json = json;
    }

    void register(Javalin app) {
        app.post("/v1/audio/speech", this::speak);
    }

    /** The body of {@code POST /dev/generate_from_phonemes}. */
    record PhonemeRequest(String phonemes, JsonNode voice, Double speed,
            @JsonProperty("response_format") String responseFormat, Boolean stream,
            @JsonProperty("stream_format") String streamFormat,
            @JsonProperty("volume_multiplier") Double volumeMultiplier) {
    }

    private void speak(Context ctx) throws Exception {
        SpeechRequest body = json.readValue(ctx.body(), SpeechRequest.class);
        deliver(ctx, reader.read(body, "input"), speech::start);
    }

    /** Speaks phonemes given verbatim: the text front-end is skipped. */
    void speakPhonemes(Context ctx) throws Exception {
        PhonemeRequest p = json.readValue(ctx.body(), PhonemeRequest.class);
        SpeechRequest body = new SpeechRequest("kokoro", p.phonemes(), p.voice(), p.responseFormat(), p.speed(), null,
                p.streamFormat(), p.stream(), null, p.volumeMultiplier(), null);
        deliver(ctx, reader.read(body, "phonemes"), speech::startFromPhonemes);
    }

    private void deliver(Context ctx, SpeechRequestReader.Parsed request, Function<SpeechSpec, SpeechStream> starter)
            throws Exception {
        long start = System.nanoTime();
        SynthesisSummary summary = new SynthesisSummary(request.spec().voice().id(), request.format().id(),
                request.spec().input().length());
        ctx.attribute(SynthesisSummary.ATTRIBUTE, summary);
        try (SpeechStream stream = starter.apply(request.spec())) {
            AudioChunk first = stream.next();
            switch (request.delivery()) {
                case WHOLE -> sendWhole(ctx, request.format(), stream, first);
                case STREAMED -> sendStreamed(ctx, request.format(), stream, first, start, summary);
                case SSE -> sendEvents(ctx, request.format(), stream, first, start, summary);
            }
            summary.progress(stream.tokens(), stream.chunks(), stream.samples());
        }
    }

    private void sendWhole(Context ctx, AudioFormat format, SpeechStream stream, AudioChunk first) throws Exception {
        List<short[]> parts = new ArrayList<>();
        int total = 0;
        for (AudioChunk c = first; c != null; c = stream.next()) {
            parts.add(c.samples());
            total += c.samples().length;
        }
        short[] all = new short[total];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (AudioEncoder encoder = format.newEncoder(total)) {
            encoder.encode(all, file);
            encoder.finish(file);
        }
        audioHeaders(ctx, format);
        ctx.res().setContentLength(file.size());
        ctx.result(file.toByteArray());
    }

    private void sendStreamed(Context ctx, AudioFormat format, SpeechStream stream, AudioChunk first, long start,
            SynthesisSummary summary) throws Exception {
        audioHeaders(ctx, format);
        try (AudioEncoder encoder = format.newEncoder(-1)) {
            pump(stream, first, encoder, ctx.res().getOutputStream(), start, summary, () -> { });
        } catch (KokoroException e) {
            // Headers and audio are out: the status can no longer tell, so the response is cut short.
            summary.outcome("failed: " + e.getMessage());
            log.error("Synthesis failed mid-stream", e);
            ResponseAbort.abort(ctx, e);
        }
    }

    private void sendEvents(Context ctx, AudioFormat format, SpeechStream stream, AudioChunk first, long start,
            SynthesisSummary summary) throws Exception {
        ctx.status(200).contentType("text/event-stream");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        SseAudioOutput events = new SseAudioOutput(ctx.res().getOutputStream(), json);
        try (AudioEncoder encoder = format.newEncoder(-1)) {
            pump(stream, first, encoder, events, start, summary,
                    () -> events.done(stream.tokens(), (int) (stream.samples() / KokoroModel.SAMPLES_PER_FRAME)));
        } catch (KokoroException e) {
            summary.outcome("failed: " + e.getMessage());
            log.error("Synthesis failed mid-stream", e);
            events.error(ErrorBody.of(e.getMessage(), "server_error", e.param(), e.code()));
        }
    }

    /** What to send after the last audio bytes. */
    @FunctionalInterface
    private interface Ending {
        void send() throws IOException;
    }

    /**
     * Encodes and flushes chunk after chunk, then ends the stream. A failed write means the client
     * went away: it returns, and the caller's try-with-resources cancels the synthesis.
     */
    private static void pump(SpeechStream stream, AudioChunk first, AudioEncoder encoder, OutputStream out,
            long start, SynthesisSummary summary, Ending ending) throws InterruptedException {
        try {
            for (AudioChunk c = first; c != null; c = stream.next()) {
                encoder.encode(c.samples(), out);
                out.flush();
                summary.firstByte(System.nanoTime() - start);
                summary.progress(stream.tokens(), stream.chunks(), stream.samples());
            }
            encoder.finish(out);
            out.flush();
            ending.send();
        } catch (IOException e) {
            summary.outcome("client disconnected");
            log.debug("Client went away after {} chunks: {}", stream.chunks(), e.toString());
        }
    }

    private static void audioHeaders(Context ctx, AudioFormat format) {
        ctx.status(200).contentType(format.contentType());
        ctx.header("Content-Disposition", "attachment; filename=\"speech." + format.id() + "\"");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
    }
}
