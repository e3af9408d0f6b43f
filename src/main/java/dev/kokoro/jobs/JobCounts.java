package dev.kokoro.jobs;

import java.util.Map;

/**
 * How many jobs (of one kind) the store holds, by state and by priority.
 *
 * @param byState                 jobs in each state (every state present, zero included)
 * @param byPriority              jobs of each priority (every priority present)
 * @param retried                 jobs claimed more than once (a lease ran out and another worker took over)
 * @param averageSynthesisSeconds mean synthesis time of the completed jobs, 0 when there are none
 */
public record JobCounts(Map<JobState, Long> byState, Map<JobPriority, Long> byPriority, long retried,
        double averageSynthesisSeconds) {

    public JobCounts {
        byState = Map.copyOf(byState);
        byPriority = Map.copyOf(byPriority);
    }

    public long total() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    public long in(JobState state) {
        return byState.get(state);
    }
}
