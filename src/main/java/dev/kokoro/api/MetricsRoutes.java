package dev.kokoro.api;

import dev.kokoro.metrics.ServerMetrics;
import io.javalin.Javalin;

/**
 * {@code GET /metrics}: every meter in Prometheus's text format, for Prometheus or any scraper that reads it. Open
 * like {@code /health}: it tells how busy the server is, nothing a request carried.
 */
final class MetricsRoutes {
    private final ServerMetrics metrics;

    MetricsRoutes(ServerMetrics metrics) {
        this.metrics = metrics;
    }

    void register(Javalin app) {
        app.get("/metrics", ctx -> ctx.contentType(ServerMetrics.CONTENT_TYPE).result(metrics.scrape()));
    }
}
