package dev.kokoro.scheduling;

import java.util.Locale;

/**
 * What a stream's chunks are for, which decides when they run while other streams compete.
 *
 * <p>Live work, which someone is listening to, comes first: with {@code live-first} (the default) a
 * background task's chunk starts only when no live stream has a chunk ready to start, and a task chunk
 * under way gives way to a live stream's first chunk (see {@link ChunkScheduler}). Live streams share the
 * workers in proportion to their weights (start-time fair queuing): one is slowed, never starved.
 *
 * <p>Background tasks are declared from the most to the least urgent, and that order is strict: a
 * task's chunk starts only when no more urgent task has one ready. A replica usually runs one task at
 * a time, so weighting tasks against each other would buy little, and strict order is what "urgent"
 * means to whoever submitted it. Tasks of one level take turns. Without {@code live-first}, the most
 * urgent tasks join the live streams' fair queuing with weight 1: slowed by live load, never starved.
 */
public enum Priority {
    /** A live conversation, where a late chunk is an audible gap. */
    REALTIME(true, 4),
    /** An HTTP request whose client waits for the audio. */
    REQUEST(true, 2),
    TASK_URGENT(false, 1),
    TASK_HIGH(false, 1),
    TASK_NORMAL(false, 1),
    TASK_LOW(false, 1);

    private final boolean live;
    private final int weight;

    Priority(boolean live, int weight) {
        this.live = live;
        this.weight = weight;
    }

    /**
     * The background priority a task's level ({@code low}, {@code normal}, {@code high} or {@code urgent},
     * in any case) stands for.
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Priority ofTask(String level) {
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "urgent" -> TASK_URGENT;
            case "high" -> TASK_HIGH;
            case "normal" -> TASK_NORMAL;
            case "low" -> TASK_LOW;
            default -> throw new IllegalArgumentException(
                    "A task priority is low, normal, high or urgent, not '" + level + "'");
        };
    }

    /** Someone is listening: false for background tasks. */
    public boolean isLive() {
        return live;
    }

    /** A stream's share of the workers against the streams it competes with. */
    int weight() {
        return weight;
    }

    /** Between two background tasks, whether this one's chunks start first. */
    boolean moreUrgentThan(Priority other) {
        return compareTo(other) < 0;
    }
}
