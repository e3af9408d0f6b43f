package dev.kokoro.scheduling;

/**
 * How large a share of the synthesis workers a stream gets while others compete. Shares are
 * proportional (weighted fair queuing), so a low-priority stream is slowed, never starved.
 */
public enum Priority {
    /** Live conversations, where a late chunk is an audible gap. */
    HIGH(4),
    /** Ordinary HTTP requests. */
    NORMAL(2),
    /** Background jobs that nobody is listening to yet. */
    LOW(1);

    private final int weight;

    Priority(int weight) {
        this.weight = weight;
    }

    int weight() {
        return weight;
    }
}
