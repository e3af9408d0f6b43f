package dev.kokoro.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What clients asked for and how fast they heard it:
 * <ul>
 *   <li>{@code kokoro_requests_total{route,method,status,format}}: every HTTP request, by its route template
 *       ({@code /v1/audio/voices/{name}}, not the path asked for), method, status and audio format;</li>
 *   <li>{@code kokoro_time_to_first_audio_seconds{route,format}}: from the start of a synthesis to its first audio
 *       bytes sent (for a whole-file answer, the whole synthesis and its encoding);</li>
 *   <li>{@code kokoro_synthesis_duration_seconds{route,format}}: a synthesis that ran to its end, start to last
 *       byte;</li>
 *   <li>{@code kokoro_real_time_factor{route,format}}: seconds of audio per second of that time (above 1 is faster
 *       than real time).</li>
 * </ul>
 * A label with nothing to say is {@value #NONE}: the format of a request that is not a synthesis or was refused before
 * its format was read, the route of a request no route took. Thread-safe.
 */
public final class RequestMeters {
    public static final String NONE = "none";

    private static final Duration[] FIRST_AUDIO_BUCKETS =
            Buckets.seconds(0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30);
    private static final Duration[] DURATION_BUCKETS =
            Buckets.seconds(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600);
    private static final double[] REAL_TIME_FACTOR_BUCKETS = {0.25, 0.5, 1, 2, 3, 5, 10, 20, 50, 100};

    private final MeterRegistry registry;

    RequestMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A finished HTTP request. */
    public void request(String route, String method, int status, String format) {
        Counter.builder("kokoro.requests")
                .description("HTTP requests by route template, method, status and audio format")
                .tag("route", route)
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .tag("format", format)
                .register(registry)
                .increment();
    }

    /** The first audio of a synthesis went out this long after it started. */
    public void firstAudio(String route, String format, long nanos) {
        Timer.builder("kokoro.time.to.first.audio")
                .description("From the start of a synthesis to its first audio bytes sent")
                .tag("route", route)
                .tag("format", format)
                .serviceLevelObjectives(FIRST_AUDIO_BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A synthesis of this much audio ran to its end, all of it sent, in this many nanoseconds. */
    public void completed(String route, String format, long nanos, double audioSeconds) {
        Timer.builder("kokoro.synthesis.duration")
                .description("From the start of a synthesis that ran to its end to its last audio bytes sent")
                .tag("route", route)
                .tag("format", format)
                .serviceLevelObjectives(DURATION_BUCKETS)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (nanos > 0 && audioSeconds > 0) {
            DistributionSummary.builder("kokoro.real.time.factor")
                    .description("Seconds of audio per second of synthesis, for each synthesis that ran to its end")
                    .tag("route", route)
                    .tag("format", format)
                    .serviceLevelObjectives(REAL_TIME_FACTOR_BUCKETS)
                    .register(registry)
                    .record(audioSeconds / (nanos / 1e9));
        }
    }
}
