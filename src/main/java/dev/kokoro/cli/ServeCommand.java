package dev.kokoro.cli;

import dev.kokoro.KokoroServer;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
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
