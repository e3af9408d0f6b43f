package dev.kokoro.metrics;

import dev.kokoro.engine.ModelInfo;
import dev.kokoro.scheduling.ChunkListener;
import dev.kokoro.scheduling.ChunkScheduler;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * Every meter of one server in one Prometheus registry: the JVM's memory, GC, threads, CPU and uptime (Micrometer's
 * binders), the process's resident memory, the {@link RequestMeters requests}, the {@link ChunkMeters chunks} the
 * scheduler runs, its {@link SchedulerMeters queue}, and how long the model took to load. Thread-safe.
 */
public final class ServerMetrics implements AutoCloseable {
    /** Prometheus's text exposition format, which every Prometheus-compatible scraper reads. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Listens to the JVM's GC notifications until closed. */
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final RequestMeters requests = new RequestMeters(registry);
    private final ChunkMeters chunks = new ChunkMeters(registry);

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        ResidentMemory.bindTo(registry);
    }

    /** What the scheduler tells of each chunk it ran. */
    public ChunkListener chunkListener() {
        return chunks;
    }

    public RequestMeters requests() {
        return requests;
    }

    /** Gauges and counters read from the scheduler at each scrape. */
    public void watch(ChunkScheduler scheduler) {
        SchedulerMeters.bindTo(registry, scheduler);
    }

    /** {@code kokoro_model_load_seconds}: how long the loaded model took to load, a constant for the process. */
    public void modelLoaded(ModelInfo model) {
        TimeGauge.builder("kokoro.model.load", model, TimeUnit.NANOSECONDS, m -> m.loadTime().toNanos())
                .description("Time the ONNX model took to load")
                .strongReference(true)
                .register(registry);
    }

    /** Every meter, in {@link #CONTENT_TYPE Prometheus's text format}. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
