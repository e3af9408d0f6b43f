package dev.kokoro.jobs;

import java.util.Locale;

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

    /** {@code low}, {@code normal}, {@code high} or {@code urgent}, any case; null for anything else. */
    public static JobPriority parse(String name) {
        for (JobPriority p : values()) {
            if (p.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
