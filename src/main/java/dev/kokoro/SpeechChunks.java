package dev.kokoro;

import dev.kokoro.audio.Pcm;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechStream;
import java.util.concurrent.CancellationException;

/**
 * The audio of one text, handed out chunk by chunk while the rest is still being made. Read it from one thread;
 * {@link #cancel()} may be called from any thread (a Stop button, a client that went away) and stops the
 * synthesis after the chunk in progress. Close it when done: an unfinished synthesis is then cancelled.
 */
public final class SpeechChunks implements AutoCloseable {
    private final SpeechStream stream;
    private final TextProgress progress;
    private volatile boolean cancelled;
    private int index;

    SpeechChunks(SpeechStream stream, String text) {
        this.stream = stream;
        this.progress = new TextProgress(text);
    }

    /**
     * The next chunk, waiting for it if needed; null after the last one, and after {@link #cancel()}.
     *
     * @throws dev.kokoro.error.KokoroException if the text turned out to have nothing speakable in it, or the
     *                                          model failed
     */
    public SpeechChunk next() throws InterruptedException {
        if (cancelled) {
            return null;
        }
        long before = stream.samples();
        AudioChunk chunk;
        try {
            chunk = stream.next();
        } catch (CancellationException e) {
            return null;
        }
        if (chunk == null) {
            return null;
        }
        SpeechChunk next = new SpeechChunk(index++, chunk.samples(), (double) before / Pcm.SAMPLE_RATE,
                chunk.words().stream().map(WordTime::of).toList());
        progress.heard(next.words());
        return next;
    }

    /**
     * How far into the text the chunks handed out so far have got, from 0 to 1: an estimate for a progress bar,
     * from where the last word heard stands in the text (markup and SSML count as text).
     */
    public double progress() {
        return progress.fraction();
    }

    /** Seconds of audio handed out so far. */
    public double seconds() {
        return (double) stream.samples() / Pcm.SAMPLE_RATE;
    }

    /** Stops the synthesis; safe from any thread, idempotent. */
    public void cancel() {
        cancelled = true;
        stream.close();
    }

    @Override
    public void close() {
        cancel();
    }
}
