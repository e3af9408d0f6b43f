package dev.kokoro.auth;

/**
 * What one API key may use; 0 means no limit.
 *
 * @param requestsPerMinute requests admitted in any 60 seconds
 * @param charsPerDay       characters of text accepted for synthesis per UTC day
 * @param concurrentStreams syntheses in progress at once
 */
public record KeyLimits(int requestsPerMinute, long charsPerDay, int concurrentStreams) {
    public static final KeyLimits NONE = new KeyLimits(0, 0, 0);

    public KeyLimits {
        if (requestsPerMinute < 0 || charsPerDay < 0 || concurrentStreams < 0) {
            throw new IllegalArgumentException("limits cannot be negative: " + requestsPerMinute + ", " + charsPerDay
                    + ", " + concurrentStreams);
        }
    }
}
