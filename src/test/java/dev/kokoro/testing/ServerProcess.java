package dev.kokoro.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real kokoro-server in a JVM of its own ({@code kokoro serve}, the same classes as the packaged command), for
 * what an in-process server cannot show: being killed with SIGKILL and started again on the same data, or several
 * servers sharing one database. Its log goes to a file, named in failures.
 */
public final class ServerProcess implements AutoCloseable {
    /** The server's "Listening on" line, as text or in a JSON log line (which writes each / as \/). */
    private static final Pattern LISTENING = Pattern.compile("Listening on http:\\\\?/\\\\?/127\\.0\\.0\\.1:(\\d+)");
    private static final long START_TIMEOUT_SECONDS = 120;

    private final Process process;
    private final Path log;
    private final int port;
    private final TestHttp http;

    /** Copies the process's output into {@link #log}; it ends at the output's end, after the process. */
    private final Thread logCopier;

    private ServerProcess(Process process, Path log, Thread logCopier, int port) {
        this.process = process;
        this.log = log;
        this.logCopier = logCopier;
        this.port = port;
        this.http = new TestHttp(this::port);
    }

    /**
     * Starts a server on {@code model} with the test settings and {@code extra} (e.g. a shared {@code data-dir}),
     * and waits until it listens.
     */
    public static ServerProcess start(Path model, Map<String, String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "dev.kokoro.cli.KokoroCli", "serve"));
        TestServer.settings(model, extra).forEach((key, value) -> {
            command.add("--set");
            command.add(key + "=" + value);
        });
        Path log = Files.createTempFile("kokoro-server-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("KOKORO_"));
        builder.environment().put("KOKORO_HOME", Path.of("").toAbsolutePath().toString());
        Process process = builder.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread logCopier = copyLog(process, log, port);
        return new ServerProcess(process, log, logCopier, awaitPort(process, log, port));
    }

    /** Copies the server's output to the log file, completing {@code port} from its "Listening on" line. */
    private static Thread copyLog(Process process, Path log, CompletableFuture<Integer> port) {
        return Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8,
                            StandardOpenOption.APPEND);
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        port.complete(Integer.parseInt(listening.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IOException("the server exited before it listened"));
        });
    }

    private static int awaitPort(Process process, Path log, CompletableFuture<Integer> port) throws IOException {
        try {
            return port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            throw new IOException("The server did not start: " + e.getMessage() + "; its log:\n" + Files.readString(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while the server started", e);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return http.uri(path);
    }

    public HttpResponse<byte[]> post(String path, String json) throws IOException, InterruptedException {
        return http.post(path, json);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.get(path);
    }

    /** What the server logged so far, for a failure message. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL, as a crash or an OOM killer would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Sends SIGTERM and returns at once: the server drains while the test watches. Through the process handle,
     * since {@link Process#destroy} also closes the pipes, and the server's last lines would be lost.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** Waits for the process to end; its exit code, or empty when it is still running after {@code timeout}. */
    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.empty();
        }
        logCopier.join(Duration.ofSeconds(10));
        return OptionalInt.of(process.exitValue());
    }

    /** SIGTERM, as a service manager stops it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
