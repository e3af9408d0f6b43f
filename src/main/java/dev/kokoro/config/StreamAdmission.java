package dev.kokoro.config;

/**
 * How streamed answers are let in and kept from hogging the server (see dev.kokoro.scheduling.Admission for the
 * rules themselves).
 *
 * @param writeTimeoutSeconds a write to a client blocked this long ends its stream, counted as cancelled
 * @param maxParkedStreams    streams whose reader is behind that may be open beyond {@code max-streams}
 * @param byCapacity          whether live streams are admitted only while the workers keep them ahead of real time
 * @param queueSeconds        how long a new stream waits for a place before it is refused with 503
 */
public record StreamAdmission(int writeTimeoutSeconds, int maxParkedStreams, boolean byCapacity, int queueSeconds) {

    public static StreamAdmission from(Settings s) {
        return new StreamAdmission(
                s.integer("stream-write-timeout-seconds", 1, 3600),
                s.integer("max-parked-streams", 0, 100_000),
                s.bool("admission-by-capacity"),
                s.integer("admission-queue-seconds", 0, 60));
    }
}
