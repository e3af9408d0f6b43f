package dev.kokoro.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.KokoroServer;
import dev.kokoro.audio.Pcm;
import dev.kokoro.scheduling.SchedulerStats;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's side of the in-process server: speech requests timed as a client sees them, the
 * JSON routes the measurements drive, and waits that let each measurement start from an idle server.
 */
final class BenchClient {
    static final String VOICE = "af_heart";

    private final KokoroServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;

    BenchClient(KokoroServer server) {
        this.server = server;
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    KokoroServer server() {
        return server;
    }

    /**
     * One streamed request read to its end.
     *
     * @param firstAudioSeconds from sending the request to its first audio byte
     * @param totalSeconds      from sending the request to its last byte
     */
    record Streamed(long bytes, double firstAudioSeconds, double totalSeconds) {
        /** The audio's length, for raw 16-bit PCM. */
        double pcmSeconds() {
            return bytes / 2.0 / Pcm.SAMPLE_RATE;
        }
    }

    /** Streams {@code text} as {@code format} from {@code /v1/audio/speech} and reads all of it. */
    Streamed stream(String text, String format) throws IOException, InterruptedException {
        return stream(text, format, false).orElseThrow();
    }

    /** {@link #stream}, or empty when the server is busy (503): the admission rules refused it. */
    Optional<Streamed> streamUnlessBusy(String text, String format) throws IOException, InterruptedException {
        return stream(text, format, true);
    }

    private Optional<Streamed> stream(String text, String format, boolean busyIsAnAnswer)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = open(text, format);
        try (InputStream in = response.body()) {
            if (busyIsAnAnswer && response.statusCode() == 503) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("speech request answered " + response.statusCode() + ": "
                        + new String(in.readAllBytes()));
            }
            if (in.read() < 0) {
                throw new IllegalStateException("empty speech response");
            }
            double firstAudio = Samples.secondsSince(start);
            long bytes = 1;
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
            }
            return Optional.of(new Streamed(bytes, firstAudio, Samples.secondsSince(start)));
        }
    }

    /**
     * Seconds from sending a streamed request to its first audio byte; the rest is abandoned, which
     * cancels the synthesis.
     */
    double firstAudio(String text, String format) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = open(text, format);
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200 || in.read() < 0) {
                throw new IllegalStateException("speech request answered " + response.statusCode() + " without audio");
            }
            return Samples.secondsSince(start);
        }
    }

    /**
     * Sends a streamed speech request and returns once its status and headers are in, with the body still to read:
     * for a caller that reads it its own way (slowly, or not to the end).
     */
    HttpResponse<InputStream> open(String text, String format) throws IOException, InterruptedException {
        return http.send(speech(text, format), HttpResponse.BodyHandlers.ofInputStream());
    }

    JsonNode post(String path, Map<String, ?> body) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    JsonNode delete(String path) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** Waits until abandoned requests have stopped, then pauses briefly, so each measurement starts alike. */
    void settle() throws InterruptedException {
        awaitIdle();
        Thread.sleep(300);
    }

    /** Waits until no synthesis is open or running, so none shares the model with a measurement. */
    void awaitIdle() throws InterruptedException {
        for (SchedulerStats s = server.scheduler().stats(); s.openStreams() > 0 || s.chunksInFlight() > 0;
                s = server.scheduler().stats()) {
            Thread.sleep(10);
        }
    }

    private HttpRequest speech(String text, String format) throws IOException {
        String body = json.writeValueAsString(Map.of("model", "tts-1", "voice", VOICE, "response_format", format,
                "input", text));
        return HttpRequest.newBuilder(base.resolve("/v1/audio/speech")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private JsonNode call(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpRequest request = builder.build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
