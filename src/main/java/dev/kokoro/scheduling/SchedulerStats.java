package dev.kokoro.scheduling;

/**
 * A snapshot of a {@link ChunkScheduler}: what is under way and waiting now, and its counters since it started.
 *
 * @param parkedStreams  open streams whose reader is behind (lookahead full, no worker on them): they do not count
 *                       against {@code maxStreams} (see {@link Admission})
 * @param chunksWaiting  chunks submitted and not started, of the streams whose reader keeps up (a stream held back
 *                       by a slow reader waits for its client, not for the server)
 * @param streamsWaiting streams with a chunk ready to start and no worker on it yet: more than zero means every
 *                       worker is busy and someone waits for one
 * @param liveCapacity   the live streams the workers keep ahead of real time, by the recent chunks (the hard cap
 *                       until measured, and never above it)
 * @param realTimeFactor seconds of speech made per second of a worker's time over the recent chunks (0 until
 *                       measured)
 */
public record SchedulerStats(
        int openStreams,
        int parkedStreams,
        int chunksInFlight,
        int chunksWaiting,
        int streamsWaiting,
        int liveCapacity,
        double realTimeFactor,
        long openedStreams,
        long chunksRun,
        long chunksDiscarded,
        long chunksPreempted,
        long streamsCancelled,
        long streamsRejected) {
}
