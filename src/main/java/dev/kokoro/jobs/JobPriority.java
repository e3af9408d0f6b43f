package dev.kokoro.jobs;

import java.util.Locale;
import java.util.Optional;

/** How urgently a job is wanted: a higher priority is claimed first, the oldest first within one. */
public enum JobPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** The stored rank: higher claims first. */
    int rank() {
        return ordinal();
    }

    static JobPriority ofRank(int rank) {
        return values()[rank];
    }

    /** {@code low}, {@code normal}, {@code high} or {@code urgent}, any case; empty for anything else. */
    public static Optional<JobPriority> parse(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        for (JobPriority p : values()) {
            if (p.name().equals(upper)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
