package dev.kokoro.realtime;

import dev.kokoro.speech.AudioChunk;

/** Starts the synthesis of one clause in a session's voice; the seam between a session and the pipeline. */
@FunctionalInterface
public interface Synthesizer {
    /**
     * Starts speaking a clause. Problems visible up front (a full server) are thrown here as
     * {@link dev.kokoro.error.KokoroException}s.
     */
    Synthesis start(String clause);

    /** One clause's audio as it is produced; closing it stops the synthesis after the chunk in progress. */
    interface Synthesis extends AutoCloseable {
        /**
         * The next chunk, waiting for it; null after the last. Word times count from the clause's first sample.
         *
         * @throws java.util.concurrent.CancellationException once closed
         */
        AudioChunk next() throws InterruptedException;

        @Override
        void close();
    }
}
