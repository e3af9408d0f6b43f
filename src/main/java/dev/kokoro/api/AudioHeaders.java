package dev.kokoro.api;

import dev.kokoro.audio.AudioOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The headers of an audio answer: its type, its sample rate, a file name to save it under, and no caching or proxy
 * buffering.
 */
final class AudioHeaders {
    private AudioHeaders() {
    }

    /** Says the rate even where the format declares it itself: bare PCM and G.711 do not. */
    static final String SAMPLE_RATE_HEADER = "X-Sample-Rate";

    /** The headers of audio to be saved as {@code name} and the output's extension. */
    static void set(Context ctx, AudioOutput output, String name) {
        ctx.status(200).contentType(output.contentType());
        ctx.header(SAMPLE_RATE_HEADER, String.valueOf(output.sampleRate()));
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "." + output.fileExtension() + "\"");
        noBuffering(ctx);
    }

    /** Starts a 200 answer of this type streamed as it is written (events, NDJSON), and returns its body. */
    static OutputStream openStream(Context ctx, String contentType) throws IOException {
        ctx.status(200).contentType(contentType);
        noBuffering(ctx);
        return ctx.res().getOutputStream();
    }

    /** Streams must reach the client as they are written, not when a proxy's buffer fills. */
    static void noBuffering(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
    }
}
