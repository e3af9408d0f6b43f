package dev.kokoro.testing;

import dev.kokoro.KokoroServer;
import dev.kokoro.api.Endpoint;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import dev.kokoro.download.DownloadStore;
import dev.kokoro.scheduling.SchedulerStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real kokoro-server on 127.0.0.1 and a free port, running a twin model with the real voices,
 * lexicons and espeak-ng, and a real HTTP client to talk to it. Either started at once ({@link #start}), or
 * shared by a test class as an extension ({@link #forClass}): started before its tests, stopped after them.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private final Path model;
    private final Supplier<Map<String, String>> extra;
    private final TestHttp http = new TestHttp(this::port);
    private KokoroServer server;

    private TestServer(Path model, Supplier<Map<String, String>> extra) {
        this.model = model;
        this.extra = extra;
    }

    /** A server on the given model file with the test assets; extra settings override the defaults. */
    public static TestServer start(Path model, Map<String, String> extra) {
        TestServer started = new TestServer(model, () -> extra);
        started.launch();
        return started;
    }

    public static TestServer startMini(String signature) {
        return start(TestAssets.miniModel(signature), Map.of());
    }

    /** A server for a test class's tests, to register with {@code @RegisterExtension} on a static field. */
    public static TestServer forClass(Path model, Map<String, String> extra) {
        return new TestServer(model, () -> extra);
    }

    /**
     * A server for a test class whose settings are known only once the extensions before it have run (a database
     * they started, for instance).
     */
    public static TestServer forClass(Path model, Supplier<Map<String, String>> extra) {
        return new TestServer(model, extra);
    }

    public static TestServer forClassMini(String signature) {
        return forClass(TestAssets.miniModel(signature), Map.of());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void launch() {
        Map<String, String> env = Map.of("KOKORO_HOME", Path.of("").toAbsolutePath().toString());
        server = KokoroServer.start(ServerConfig.from(Settings.load(env, settings(model, extra.get()))));
    }

    /**
     * The settings of a test server on this model: the test assets, two threads, a free port on 127.0.0.1, a data
     * folder of its own; {@code extra} overrides them.
     */
    static Map<String, String> settings(Path model, Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "host", "127.0.0.1",
                "port", "0",
                "model", model.toString(),
                "model-config", TestAssets.modelConfig().toString(),
                "voices-dir", TestAssets.voices().toString(),
                "lexicons-dir", TestAssets.lexicons().toString(),
                "threads", "2",
                // Each test loads what it uses: a background load of every language would slow them all.
                "preload-languages", "none",
                // Capacity is measured from chunk timings, which swing with whatever else the CI machine runs;
                // AdmissionTest and SlowClientsTest test the rule itself, the others test what they are about.
                "admission-by-capacity", "false",
                "data-dir", freshDataDir().toString()));
        settings.putAll(extra);
        return settings;
    }

    /** Each server keeps what it creates apart from every other test's. */
    static Path freshDataDir() {
        try {
            Path dir = Files.createTempDirectory("kokoro-data-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.port();
    }

    public URI uri(String path) {
        return http.uri(path);
    }

    /** The client bound to this server, for the less common methods. */
    public TestHttp http() {
        return http;
    }

    /** The server itself, for code that drives it in-process (the benchmark's measurements). */
    public KokoroServer server() {
        return server;
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
        return http.post(path, json);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.get(path);
    }

    @Override
    public void close() {
        server.close();
    }
}
