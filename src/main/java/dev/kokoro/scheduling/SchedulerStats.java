package dev.kokoro.scheduling;

/** A snapshot of a {@link ChunkScheduler}'s counters since it started. */
public record SchedulerStats(
        int openStreams,
        int chunksInFlight,
        long openedStreams,
        long chunksRun,
        long chunksDiscarded,
        long chunksPreempted,
        long streamsCancelled,
        long streamsRejected) {
}
