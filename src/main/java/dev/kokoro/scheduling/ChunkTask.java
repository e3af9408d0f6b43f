package dev.kokoro.scheduling;

/**
 * One unit of synthesis a scheduler runs for a stream.
 *
 * @param cost  the work's relative size (tokens), which is what fair sharing counts
 * @param work  the computation, run on a scheduler worker
 */
public record ChunkTask<T>(int cost, ChunkWork<T> work) {
    public ChunkTask {
        if (cost < 1) {
            throw new IllegalArgumentException("cost must be >= 1, was " + cost);
        }
    }
}
