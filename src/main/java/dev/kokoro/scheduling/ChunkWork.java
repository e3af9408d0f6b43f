package dev.kokoro.scheduling;

/**
 * What a chunk computes, on a scheduler worker. Work that can stop early registers how with the
 * {@link Preemption} it is given; other work ignores it.
 */
@FunctionalInterface
public interface ChunkWork<T> {
    T run(Preemption preemption) throws Exception;
}
