package dev.kokoro.scheduling;

import java.time.Duration;

/**
 * When {@link ChunkScheduler#open} lets a new stream in.
 *
 * <p>A stream is <em>parked</em> while its reader is behind: its lookahead is full and no worker is on it. It costs
 * no synthesis then (only the few chunks it holds), so it does not count against {@code maxStreams}: otherwise a
 * handful of clients reading at a trickle, or not at all, hold every slot for as long as their connection lasts and
 * everyone else is refused. Parked streams are bounded on their own by {@code maxParkedStreams}, as each holds
 * memory and a connection; the write timeout of the HTTP layer ends those whose reader stopped altogether.
 *
 * <p>With {@code byCapacity}, a live stream is also admitted only while fewer unparked live streams are open than
 * the workers keep ahead of real time (see {@link Throughput}): past that, every listener hears gaps, so one more
 * stream makes all of them worse. Background tasks are not held to it, as nobody listens to them in real time.
 *
 * @param maxStreams        the hard cap of unparked streams open at once
 * @param maxParkedStreams  streams that may be open beyond {@code maxStreams} while parked
 * @param byCapacity        whether live streams are also held to the measured capacity
 * @param queueWait         how long {@code open} waits for a place before it refuses (zero: refuses at once)
 * @param retryAfterSeconds the pause suggested to a refused client
 */
public record Admission(int maxStreams, int maxParkedStreams, boolean byCapacity, Duration queueWait,
        int retryAfterSeconds) {
    public Admission {
        if (maxStreams < 1 || maxParkedStreams < 0 || queueWait.isNegative()) {
            throw new IllegalArgumentException("maxStreams must be >= 1, maxParkedStreams and queueWait >= 0");
        }
    }

    /** Only the hard cap, every open stream counting against it, and no queueing. */
    public static Admission hardCap(int maxStreams, int retryAfterSeconds) {
        return new Admission(maxStreams, 0, false, Duration.ZERO, retryAfterSeconds);
    }
}
