package dev.kokoro.metrics;

import dev.kokoro.scheduling.ChunkListener;
import dev.kokoro.scheduling.Priority;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the scheduler's workers do: {@code kokoro_chunk_synthesis_seconds} (a histogram of each model run, by the
 * stream's priority and whether it finished or was preempted) and {@code kokoro_chunk_tokens_total} (phoneme tokens
 * of the finished runs: their rate over the runs' time is the model's speed).
 */
final class ChunkMeters implements ChunkListener {
    /** From a first chunk of a dozen tokens on a GPU to a 500-token chunk on a slow CPU. */
    private static final Duration[] BUCKETS = Buckets.seconds(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30);

    private final Map<Priority, Timer> finished = new EnumMap<>(Priority.class);
    private final Map<Priority, Timer> preempted = new EnumMap<>(Priority.class);
    private final Map<Priority, Counter> tokens = new EnumMap<>(Priority.class);

    ChunkMeters(MeterRegistry registry) {
        for (Priority priority : Priority.values()) {
            String label = priority.name().toLowerCase(Locale.ROOT);
            finished.put(priority, timer(registry, label, "finished"));
            preempted.put(priority, timer(registry, label, "preempted"));
            tokens.put(priority, Counter.builder("kokoro.chunk.tokens")
                    .description("Phoneme tokens of the chunks synthesized to their end")
                    .tag("priority", label)
                    .register(registry));
        }
    }

    private static Timer timer(MeterRegistry registry, String priority, String outcome) {
        return Timer.builder("kokoro.chunk.synthesis")
                .description("Time a worker spent on one chunk: the model run and the samples it made")
                .tag("priority", priority)
                .tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    @Override
    public void chunkDone(Priority priority, int tokenCount, long nanos, boolean wasPreempted) {
        (wasPreempted ? preempted : finished).get(priority).record(nanos, TimeUnit.NANOSECONDS);
        if (!wasPreempted) {
            tokens.get(priority).increment(tokenCount);
        }
    }
}
