package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.Eventually;
import dev.kokoro.testing.PrometheusText;
import dev.kokoro.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /metrics} on a real server: what a few requests leave in the meters, and the server's gauges. */
@EndToEnd
class MetricsEndpointTest {
    private static final String SPEECH = "/v1/audio/speech";
    private static final String SSE = "/v1/audio/stream/sse";

    @RegisterExtension
    static final TestServer server = TestServer.forClassMini("B");

    /** One series: a metric name and the labels it must have (others may be there too). */
    private record Series(String name, Map<String, String> labels) {
        static Series of(String name, String... labelPairs) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < labelPairs.length; i += 2) {
                labels.put(labelPairs[i], labelPairs[i + 1]);
            }
            return new Series(name, labels);
        }

        double in(PrometheusText metrics) {
            return metrics.sum(name, labels);
        }
    }

    @Test
    void speechRequestsAreCountedByRouteTemplateMethodStatusAndFormatAndTheirSynthesesTimed() throws Exception {
        PrometheusText before = scrape();
        assertThat(server.post(SPEECH, speech("pcm", "\"stream\":false")).statusCode()).isEqualTo(200);
        assertThat(server.post(SPEECH, speech("mp3", "\"stream\":true")).statusCode()).isEqualTo(200);
        assertThat(server.post(SPEECH, "{\"input\":\"\",\"voice\":\"af_heart\"}").statusCode()).isEqualTo(400);
        assertThat(server.get(SSE + "?text=Two%20sentences.%20Streamed%20as%20events.&voice_id=af_heart&format=pcm")
                .statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/audio/voices/af_heart").statusCode()).isEqualTo(200);
        assertThat(server.get("/no/such/route").statusCode()).isEqualTo(404);

        Map<Series, Double> expected = new LinkedHashMap<>();
        expected.put(request(SPEECH, "POST", "200", "pcm"), 1.0);
        expected.put(request(SPEECH, "POST", "200", "mp3"), 1.0);
        expected.put(request(SPEECH, "POST", "400", "none"), 1.0);
        expected.put(request(SSE, "GET", "200", "pcm"), 1.0);
        expected.put(request("/v1/audio/voices/{id}", "GET", "200", "none"), 1.0);
        // A path no route takes must not become a label value of its own: clients could make them without end.
        expected.put(request("none", "GET", "404", "none"), 1.0);
        for (String[] synthesis : List.of(new String[] {SPEECH, "pcm"}, new String[] {SPEECH, "mp3"},
                new String[] {SSE, "pcm"})) {
            for (String histogram : List.of("kokoro_time_to_first_audio_seconds", "kokoro_synthesis_duration_seconds",
                    "kokoro_real_time_factor")) {
                expected.put(Series.of(histogram + "_count", "route", synthesis[0], "format", synthesis[1]), 1.0);
                expected.put(Series.of(histogram + "_bucket", "route", synthesis[0], "format", synthesis[1],
                        "le", "+Inf"), 1.0);
            }
        }
        // The request logger runs as the answer ends, so the client may be done first.
        PrometheusText after = Eventually.await("the requests in the metrics", MetricsEndpointTest::scrape,
                metrics -> expected.entrySet().stream().allMatch(e -> increase(e.getKey(), before, metrics) >= e.getValue()));

        Map<Series, Double> increases = new LinkedHashMap<>();
        expected.keySet().forEach(series -> increases.put(series, increase(series, before, after)));
        assertThat(increases).isEqualTo(expected);
        assertThat(after.samples("kokoro_requests_total"))
                .noneSatisfy(s -> assertThat(s.labels().get("route")).isEqualTo("/v1/audio/voices/af_heart"));
        assertThat(increase(Series.of("kokoro_real_time_factor_sum", "route", SPEECH), before, after)).isPositive();
        assertThat(increase(Series.of("kokoro_time_to_first_audio_seconds_sum", "route", SSE), before, after))
                .isPositive();
        // Every synthesis has at least one chunk; the streamed one two sentences' worth.
        assertThat(increase(Series.of("kokoro_chunk_synthesis_seconds_count", "priority", "request",
                "outcome", "finished"), before, after)).isGreaterThanOrEqualTo(3);
        assertThat(increase(Series.of("kokoro_chunk_tokens_total", "priority", "request"), before, after))
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void aWebSocketSynthesisIsTimedUnderTheSocketsRoute() throws Exception {
        Series firstAudio = Series.of("kokoro_time_to_first_audio_seconds_count", "route", "/v1/audio/stream/ws",
                "format", "opus");
        Series completed = Series.of("kokoro_real_time_factor_count", "route", "/v1/audio/stream/ws", "format", "opus");
        PrometheusText before = scrape();
        try (StreamSocketClient client = StreamSocketClient.connect(server.port())) {
            client.send(Map.of("message_type", "text_request", "request_id", "ws-1", "text", "Over a socket.",
                    "voice_id", "af_heart", "format", "opus"));
            assertThat(client.untilDone("ws-1").getLast().type()).isEqualTo("synthesis_complete");
        }
        PrometheusText after = Eventually.await("the socket's synthesis in the metrics", MetricsEndpointTest::scrape,
                metrics -> increase(completed, before, metrics) > 0);

        assertThat(increase(firstAudio, before, after)).isEqualTo(1);
        assertThat(increase(completed, before, after)).isEqualTo(1);
    }

    @Test
    void theHistogramsHaveTheirBucketsInSeconds() throws Exception {
        assertThat(server.post(SPEECH, speech("wav", "\"stream\":false")).statusCode()).isEqualTo(200);
        PrometheusText metrics = Eventually.await("a wav synthesis timed", MetricsEndpointTest::scrape,
                m -> m.sum("kokoro_time_to_first_audio_seconds_count", Map.of("format", "wav")) > 0);

        assertThat(metrics.type("kokoro_time_to_first_audio_seconds")).hasValue("histogram");
        assertThat(metrics.type("kokoro_chunk_synthesis_seconds")).hasValue("histogram");
        assertThat(metrics.type("kokoro_real_time_factor")).hasValue("histogram");
        assertThat(metrics.samples("kokoro_time_to_first_audio_seconds_bucket").stream()
                .filter(s -> s.labels().get("format").equals("wav")).map(s -> s.labels().get("le")))
                .contains("0.1", "0.5", "1.0", "10.0", "+Inf");
    }

    @Test
    void theSchedulerModelJvmAndProcessHaveTheirMeters() throws Exception {
        HttpResponse<String> response = server.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain").contains("version=0.0.4"));
        PrometheusText metrics = PrometheusText.parse(response.body());

        assertThat(metrics.type("kokoro_queue_depth")).hasValue("gauge");
        assertThat(metrics.type("kokoro_streams_open")).hasValue("gauge");
        assertThat(metrics.type("kokoro_streams_waiting")).hasValue("gauge");
        assertThat(metrics.type("kokoro_streams_rejected_total")).hasValue("counter");
        assertThat(metrics.samples("kokoro_streams_rejected_total")).hasSize(1);
        assertThat(metrics.samples("kokoro_queue_depth")).singleElement()
                .satisfies(s -> assertThat(s.value()).isGreaterThanOrEqualTo(0));
        assertThat(metrics.samples("kokoro_model_load_seconds")).singleElement()
                .satisfies(s -> assertThat(s.value()).isPositive());
        assertThat(metrics.sum("process_resident_memory_bytes", Map.of())).isGreaterThan(50e6);
        assertThat(metrics.sum("jvm_memory_used_bytes", Map.of("area", "heap"))).isPositive();
        assertThat(metrics.sum("jvm_threads_live_threads", Map.of())).isPositive();
        assertThat(metrics.sum("process_uptime_seconds", Map.of())).isPositive();
        assertThat(metrics.samples("process_cpu_usage")).isNotEmpty();
        assertThat(metrics.type("jvm_gc_memory_allocated_bytes_total")).hasValue("counter");
        assertThat(metrics.type("process_cpu_time_ns_total")).hasValue("counter");
    }

    private static String speech(String format, String more) {
        return "{\"model\":\"tts-1\",\"input\":\"Counted and timed.\",\"voice\":\"af_heart\",\"response_format\":\""
                + format + "\"," + more + "}";
    }

    private static Series request(String route, String method, String status, String format) {
        return Series.of("kokoro_requests_total", "route", route, "method", method, "status", status, "format", format);
    }

    private static double increase(Series series, PrometheusText before, PrometheusText after) {
        return series.in(after) - series.in(before);
    }

    private static PrometheusText scrape() {
        try {
            return PrometheusText.parse(server.get("/metrics").body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
