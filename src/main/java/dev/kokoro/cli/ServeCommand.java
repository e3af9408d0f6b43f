package dev.kokoro.cli;

import dev.kokoro.KokoroServer;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/** {@code kokoro serve}: runs the HTTP server until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the OpenAI-compatible speech server.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", description = "Address to listen on (setting 'host').")
    String host;

    @Option(names = "--port", description = "Port to listen on (setting 'port').")
    Integer port;

    @Option(names = "--model", description = "ONNX model file (setting 'model').")
    String model;

    @Option(names = "--device", description = "cpu, cuda or auto (setting 'device').")
    String device;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Any other setting, e.g. --set max-input-chars=8192 (repeatable).")
    Map<String, String> settings = new HashMap<>();

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> overrides = new HashMap<>(settings);
        putIfSet(overrides, "host", host);
        putIfSet(overrides, "port", port == null ? null : port.toString());
        putIfSet(overrides, "model", model);
        putIfSet(overrides, "device", device);
        ServerConfig config = ServerConfig.from(Settings.load(System.getenv(), overrides));
        KokoroServer server = KokoroServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        // SIGTERM and Ctrl-C are caught before the JVM starts its shutdown hooks: ONNX Runtime's own hook frees
        // its native environment at once, under any synthesis still running, so draining must come first; the
        // process then exits normally. The hook is for the other ways out (SIGHUP, System.exit elsewhere).
        for (String name : List.of("TERM", "INT")) {
            Signal.handle(new Signal(name), signal -> Thread.ofPlatform().name("kokoro-drain").start(() -> {
                if (stopping.compareAndSet(false, true)) {
                    server.shutDown();
                }
                stopped.countDown();
            }));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopping.compareAndSet(false, true)) {
                server.close();
            }
        }, "kokoro-shutdown"));
        stopped.await();
        return 0;
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
