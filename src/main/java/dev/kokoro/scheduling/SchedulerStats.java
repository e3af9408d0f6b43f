package dev.kokoro.scheduling;

/**
 * A snapshot of a {@link ChunkScheduler}: what is under way and waiting now, and its counters since it started.
 *
 * @param chunksWaiting  chunks submitted and not started, of the streams whose reader keeps up (a stream held back
 *                       by a slow reader waits for its client, not for the server)
 * @param streamsWaiting streams with a chunk ready to start and no worker on it yet: more than zero means every
 *                       worker is busy and someone waits for one
 */
public record SchedulerStats(
        int openStreams,
        int chunksInFlight,
        int chunksWaiting,
        int streamsWaiting,
        long openedStreams,
        long chunksRun,
        long chunksDiscarded,
        long chunksPreempted,
        long streamsCancelled,
        long streamsRejected) {
}
