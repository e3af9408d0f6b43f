package dev.kokoro.scheduling;

/**
 * Hears of every chunk a {@link ChunkScheduler} worker ran, for metrics: the scheduler itself knows nothing of
 * how they are kept. Called on the worker thread, outside the scheduler's lock, right after the run; it must be
 * quick, as the worker's next chunk waits for it.
 */
@FunctionalInterface
public interface ChunkListener {
    /** Hears nothing: for a scheduler whose chunks nobody measures. */
    ChunkListener NONE = (priority, tokens, nanos, preempted) -> {
    };

    /**
     * @param priority  the priority of the chunk's stream
     * @param tokens    the chunk's cost (phoneme tokens; 1 for a pause)
     * @param nanos     how long the run took, failed or preempted runs included
     * @param preempted whether a live first chunk stopped the run, which will start again from its beginning
     */
    void chunkDone(Priority priority, int tokens, long nanos, boolean preempted);
}
