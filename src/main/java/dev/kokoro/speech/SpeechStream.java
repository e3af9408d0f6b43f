package dev.kokoro.speech;

import dev.kokoro.scheduling.ChunkStream;
import java.util.function.LongSupplier;

/**
 * The audio of one synthesis, chunk by chunk, as it is produced. Closing it (for instance when
 * the client has gone) stops the synthesis after the chunk in progress. Used by one reader thread.
 */
public final class SpeechStream implements AutoCloseable {
    private final ChunkStream<AudioChunk> chunks;
    private final LongSupplier plannedLeastSamples;
    private int tokens;
    private long samples;
    private int chunkCount;

    /** @param plannedLeastSamples the fewest samples what has been planned so far can become (grows as planning goes on) */
    SpeechStream(ChunkStream<AudioChunk> chunks, LongSupplier plannedLeastSamples) {
        this.chunks = chunks;
        this.plannedLeastSamples = plannedLeastSamples;
    }

    /**
     * The next chunk, waiting for it if needed; null after the last one. Its word times count from the start
     * of the whole synthesis.
     */
    public AudioChunk next() throws InterruptedException {
        AudioChunk chunk = chunks.take();
        if (chunk != null) {
            chunk = chunk.shiftedBy(samples);
            tokens += chunk.tokens();
            samples += chunk.samples().length;
            chunkCount++;
        }
        return chunk;
    }

    /** Phoneme tokens spoken so far. */
    public int tokens() {
        return tokens;
    }

    /** Samples delivered so far. */
    public long samples() {
        return samples;
    }

    /**
     * A lower bound on the length of the whole synthesis, in samples, from the part of the text planned so far:
     * text is planned well ahead of synthesis, so an answer that will be too long shows here early.
     */
    public long plannedLeastSamples() {
        return Math.max(samples, plannedLeastSamples.getAsLong());
    }

    /** Chunks delivered so far. */
    public int chunks() {
        return chunkCount;
    }

    @Override
    public void close() {
        chunks.cancel();
    }
}
