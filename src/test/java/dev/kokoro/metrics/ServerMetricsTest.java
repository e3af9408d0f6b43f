package dev.kokoro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.scheduling.ChunkScheduler;
import dev.kokoro.scheduling.ChunkStream;
import dev.kokoro.scheduling.ChunkTask;
import dev.kokoro.scheduling.Priority;
import dev.kokoro.testing.PrometheusText;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The scheduler's gauges and chunk meters as a scrape shows them, while its only worker is held. */
@Timeout(60)
class ServerMetricsTest {
    @Test
    void theQueueGaugesReadTheSchedulerAndEachChunkIsTimed() throws Exception {
        try (ServerMetrics metrics = new ServerMetrics();
                ChunkScheduler scheduler = new ChunkScheduler(1, 4, 2, 1, true, metrics.chunkListener())) {
            metrics.watch(scheduler);
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ChunkStream<String> held = scheduler.open(Priority.REQUEST);
            held.submit(new ChunkTask<>(12, preemption -> {
                started.countDown();
                release.await();
                return "held";
            }));
            held.endOfInput();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            ChunkStream<String> waiting = scheduler.open(Priority.TASK_NORMAL);
            waiting.submit(new ChunkTask<>(30, preemption -> "a"));
            waiting.submit(new ChunkTask<>(30, preemption -> "b"));
            waiting.endOfInput();

            PrometheusText busy = PrometheusText.parse(metrics.scrape());
            assertThat(busy.sum("kokoro_queue_depth", Map.of())).isEqualTo(2);
            assertThat(busy.sum("kokoro_streams_waiting", Map.of())).isEqualTo(1);
            assertThat(busy.sum("kokoro_streams_open", Map.of())).isEqualTo(2);
            assertThat(busy.sum("kokoro_chunks_in_flight", Map.of())).isEqualTo(1);

            release.countDown();
            assertThat(held.take()).isEqualTo("held");
            assertThat(waiting.take()).isEqualTo("a");
            assertThat(waiting.take()).isEqualTo("b");
            PrometheusText done = PrometheusText.parse(metrics.scrape());
            assertThat(done.sum("kokoro_queue_depth", Map.of())).isZero();
            assertThat(done.sum("kokoro_streams_opened_total", Map.of())).isEqualTo(2);
            assertThat(done.sum("kokoro_chunk_tokens_total", Map.of("priority", "request"))).isEqualTo(12);
            assertThat(done.sum("kokoro_chunk_synthesis_seconds_count",
                    Map.of("priority", "request", "outcome", "finished"))).isEqualTo(1);
            assertThat(done.sum("kokoro_chunk_synthesis_seconds_sum", Map.of("priority", "request"))).isPositive();
            // The worker tells the listener of a chunk after handing its result over, so "b" may not be counted yet.
            assertThat(done.sum("kokoro_chunk_tokens_total", Map.of("priority", "task_normal"))).isIn(30.0, 60.0);
        }
    }
}
