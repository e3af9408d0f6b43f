package dev.kokoro.download;

import java.time.Duration;

/**
 * How long downloads are kept and how much disk they may take together. Files older than {@code maxAge} are
 * removed; while the folder holds more than {@code maxTotalBytes}, the oldest files go first.
 */
public record DownloadLimits(Duration maxAge, long maxTotalBytes) {
    private static final long MEGABYTE = 1024L * 1024L;

    public DownloadLimits {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
        }
        if (maxTotalBytes <= 0) {
            throw new IllegalArgumentException("maxTotalBytes must be positive, was " + maxTotalBytes);
        }
    }

    /** The limits as the settings {@code download-max-age-minutes} and {@code download-max-total-mb} give them. */
    public static DownloadLimits of(int maxAgeMinutes, int maxTotalMegabytes) {
        return new DownloadLimits(Duration.ofMinutes(maxAgeMinutes), maxTotalMegabytes * MEGABYTE);
    }
}
