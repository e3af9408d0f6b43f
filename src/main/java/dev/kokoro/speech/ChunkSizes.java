package dev.kokoro.speech;

import dev.kokoro.engine.KokoroModel;
import dev.kokoro.scheduling.Priority;

/**
 * How many phoneme tokens go into each model call, by who is waiting for the audio.
 *
 * @param firstChunkTokens      a live stream's first chunk: small, so its audio starts quickly
 * @param chunkTokens           the size a live stream's chunks grow to
 * @param backgroundChunkTokens every chunk of a background task: nobody waits for its first audio, and a
 *                              live first chunk preempts one under way, which then runs again from its start
 */
public record ChunkSizes(int firstChunkTokens, int chunkTokens, int backgroundChunkTokens) {
    /** A fresh planner for one synthesis at this priority. */
    public ChunkPlanner plannerFor(Priority priority) {
        return priority.isLive() ? new ChunkPlanner(firstChunkTokens, chunkTokens)
                : new ChunkPlanner(backgroundChunkTokens, backgroundChunkTokens);
    }

    /** A fresh planner for this synthesis: by its priority, or the largest pieces when it asks for them. */
    public ChunkPlanner plannerFor(SpeechSpec spec) {
        return spec.largestPieces() ? new ChunkPlanner(KokoroModel.MAX_TOKENS, KokoroModel.MAX_TOKENS)
                : plannerFor(spec.priority());
    }
}
