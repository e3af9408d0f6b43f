package dev.kokoro.metrics;

import dev.kokoro.scheduling.ChunkScheduler;
import dev.kokoro.scheduling.SchedulerStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToDoubleFunction;

/**
 * The synthesis scheduler as gauges and counters, read from its {@link SchedulerStats} at each scrape.
 * {@code kokoro_queue_depth} is what an autoscaler watches (the Helm chart scales on it by that name).
 */
final class SchedulerMeters {
    private SchedulerMeters() {
    }

    static void bindTo(MeterRegistry registry, ChunkScheduler scheduler) {
        gauge(registry, scheduler, "kokoro.queue.depth", SchedulerStats::chunksWaiting,
                "Chunks submitted and not started, of the streams whose reader keeps up");
        gauge(registry, scheduler, "kokoro.streams.waiting", SchedulerStats::streamsWaiting,
                "Streams with a chunk ready to start and no free worker for it");
        gauge(registry, scheduler, "kokoro.streams.open", SchedulerStats::openStreams,
                "Syntheses in progress (live requests and background tasks)");
        gauge(registry, scheduler, "kokoro.chunks.in.flight", SchedulerStats::chunksInFlight,
                "Chunks being synthesized now");
        counter(registry, scheduler, "kokoro.streams.opened", SchedulerStats::openedStreams,
                "Syntheses started");
        counter(registry, scheduler, "kokoro.streams.rejected", SchedulerStats::streamsRejected,
                "Syntheses refused because max-streams were in progress (answered 503)");
        counter(registry, scheduler, "kokoro.streams.cancelled", SchedulerStats::streamsCancelled,
                "Syntheses stopped before their end (the client went away)");
        counter(registry, scheduler, "kokoro.chunks.preempted", SchedulerStats::chunksPreempted,
                "Background chunks stopped for a live request's first chunk, to run again later");
    }

    private static void gauge(MeterRegistry registry, ChunkScheduler scheduler, String name,
            ToDoubleFunction<SchedulerStats> value, String description) {
        Gauge.builder(name, scheduler, s -> value.applyAsDouble(s.stats()))
                .description(description)
                .strongReference(true)
                .register(registry);
    }

    private static void counter(MeterRegistry registry, ChunkScheduler scheduler, String name,
            ToDoubleFunction<SchedulerStats> value, String description) {
        FunctionCounter.builder(name, scheduler, s -> value.applyAsDouble(s.stats()))
                .description(description)
                .register(registry);
    }
}
