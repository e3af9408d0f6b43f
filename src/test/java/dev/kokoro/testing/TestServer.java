package dev.kokoro.testing;

import dev.kokoro.KokoroServer;
import dev.kokoro.api.Endpoint;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import dev.kokoro.download.DownloadStore;
import dev.kokoro.engine.SchedulerStats;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real kokoro-server on 127.0.0.1 and a free port, running a twin model with the real voices,
 * lexicons and espeak-ng, and a real HTTP client to talk to it.
 */
public final class TestServer implements AutoCloseable {
    private final KokoroServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(KokoroServer server) {
        this.server = server;
    }

    /** A server on the given model file with the test assets; extra settings override the defaults. */
    public static TestServer start(Path model, Map<String, String> extra) {
        Map<String, String> overrides = new HashMap<>(Map.of(
                "host", "127.0.0.1",
                "port", "0",
                "model", model.toString(),
                "model-config", TestAssets.modelConfig().toString(),
                "voices-dir", TestAssets.voices().toString(),
                "lexicons-dir", TestAssets.lexicons().toString(),
                "threads", "2",
                // Each test loads what it uses: a background load of every language would slow them all.
                "preload-languages", "none",
                "data-dir", freshDataDir().toString()));
        overrides.putAll(extra);
        Map<String, String> env = Map.of("KOKORO_HOME", Path.of("").toAbsolutePath().toString());
        return new TestServer(KokoroServer.start(ServerConfig.from(Settings.load(env, overrides))));
    }

    /** Each server keeps what it creates apart from every other test's. */
    private static Path freshDataDir() {
        try {
            Path dir = Files.createTempDirectory("kokoro-data-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static TestServer startMini(String signature) {
        return start(TestAssets.miniModel(signature), Map.of());
    }

    public int port() {
        return server.port();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** The routes the server registered. */
    public List<Endpoint> endpoints() {
        return server.endpoints();
    }

    public SchedulerStats stats() {
        return server.scheduler().stats();
    }

    public DownloadStore downloads() {
        return server.downloads();
    }

    public HttpResponse<byte[]> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
