/**
 * What the server tells its operators besides its answers: the meters {@code GET /metrics} exposes in Prometheus's
 * text format (requests, time to first audio, real-time factor, chunk synthesis, the scheduler's queue, the JVM and
 * the process), and the format of its console log lines (text, or one JSON object per line for log shippers).
 */
package dev.kokoro.metrics;
