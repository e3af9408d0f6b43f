package dev.kokoro.cli;

import dev.kokoro.KokoroServer;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import dev.kokoro.scheduling.ChunkStream;
import dev.kokoro.scheduling.ChunkTask;
import dev.kokoro.scheduling.Priority;
import dev.kokoro.speech.PlannedItem;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import dev.kokoro.voice.Voice;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kokoro bench}: runs the configured model in-process behind the real HTTP server and
 * compares, for a fixed set of texts, the streamed end-to-end timings with the bare graph time
 * of the very same chunks measured in the same run. Ratios near 1 mean the pipeline costs
 * nothing on top of the model.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure time to first audio, real-time factor and pipeline overhead against the bare graph.")
final class BenchCommand implements Callable<Integer> {
    private static final String VOICE = "af_heart";
    /** Runs of the latency measurements, whose median is reported: single runs are noisy here. */
    private static final int REPEATS = 7;
    /** Runs of each whole text, bare and through the server, interleaved; the medians are reported. */
    private static final int ROUNDS = 3;
    private static final Map<String, String> TEXTS = new java.util.LinkedHashMap<>();

    static {
        TEXTS.put("sentence", "The quick brown fox jumps over the lazy dog near the river bank.");
        TEXTS.put("paragraph", "Streaming speech should start quickly and never stall. The first chunk is kept "
                + "short, so the listener hears something almost at once, while later chunks grow longer. "
                + "Each chunk is synthesized while the one before it plays, which hides the model's cost. "
                + "On the twenty-third of March, 2024, about 1,250 people listened at 3:30 pm.");
        TEXTS.put("article", ("Kokoro is a small text to speech model with eighty two million parameters. "
                + "It reads English, Spanish, French, Hindi, Italian, Portuguese, Japanese and Chinese. "
                + "A server in front of it has to turn raw text into phonemes, split it into pieces the model "
                + "can take, and deliver encoded audio while the rest is still being computed. ").repeat(2));
    }

    @Option(names = "--model", description = "ONNX model file (setting 'model').")
    String model;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other setting (repeatable).")
    Map<String, String> settings = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new HashMap<>(settings);
        overrides.put("host", "127.0.0.1");
        overrides.put("port", "0");
        if (model != null) {
            overrides.put("model", model);
        }
        ServerConfig config = ServerConfig.from(Settings.load(System.getenv(), overrides));
        try (KokoroServer server = KokoroServer.start(config)) {
            HttpClient http = HttpClient.newHttpClient();
            URI speech = URI.create("http://127.0.0.1:" + server.port() + "/v1/audio/speech");
            Voice voice = server.voices().resolve(VOICE);
            awaitLanguages(server, config.preloadLanguages());
            warmUp(server, http, speech);
            System.out.printf(Locale.ROOT, "model %s, %d intra-op threads; medians of %d rounds (throughput) and "
                    + "%d rounds (latency)%n", config.model().getFileName(), config.threads(), ROUNDS, REPEATS);
            System.out.printf(Locale.ROOT, "%-10s %6s %6s %8s | %8s %8s %8s | %7s %7s | %9s %8s %8s | %8s %8s%n",
                    "text", "tokens", "chunks", "audio_s", "graph_s", "pcm_s", "mp3_s", "rtf", "rtf_mp3",
                    "chunk1_ms", "ttfb_ms", "ttfb/ch1", "pcm/bare", "mp3/bare");
            for (Map.Entry<String, String> text : TEXTS.entrySet()) {
                List<PlannedItem.Speech> chunks = PlannedItem.speechOnly(server.speech()
                        .plan(text.getValue(), Language.AMERICAN_ENGLISH, NormalizationOptions.DEFAULTS));
                double[] bare = new double[ROUNDS];
                double[] pcm = new double[ROUNDS];
                double[] mp3 = new double[ROUNDS];
                long pcmBytes = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    settle(server);
                    bare[round] = bare(server, voice, chunks);
                    settle(server);
                    Streamed streamed = stream(http, speech, text.getValue(), "pcm");
                    pcm[round] = streamed.totalSeconds;
                    pcmBytes = streamed.bytes;
                    settle(server);
                    mp3[round] = stream(http, speech, text.getValue(), "mp3").totalSeconds;
                }
                Latency latency = latency(server, http, speech, text.getValue(), voice, chunks.getFirst());
                int tokens = chunks.stream().mapToInt(c -> c.tokenIds().length).sum();
                double audioSeconds = pcmBytes / 2.0 / 24_000;
                double graph = median(bare);
                System.out.printf(Locale.ROOT,
                        "%-10s %6d %6d %8.2f | %8.2f %8.2f %8.2f | %7.2f %7.2f | %9.0f %8.0f %8.2f | %8.3f %8.3f%n",
                        text.getKey(), tokens, chunks.size(), audioSeconds, graph, median(pcm), median(mp3),
                        audioSeconds / graph, audioSeconds / median(mp3), latency.firstChunkSeconds * 1000,
                        latency.firstByteSeconds * 1000, latency.firstByteSeconds / latency.firstChunkSeconds,
                        median(pcm) / graph, median(mp3) / graph);
            }
            normalizationThroughput();
            System.out.printf(Locale.ROOT, "peak RSS %.0f MB%n", peakRssMegabytes());
            System.out.println("rtf = audio seconds per second of graph time (rtf_mp3: of a streamed mp3 request); "
                    + "pcm/bare, mp3/bare = streamed request time / graph time of the same chunks (target <= 1.10); "
                    + "ttfb/ch1 = time to the first audio byte / graph time of the first chunk (target <= 1.2).");
        }
        return 0;
    }

    /**
     * Characters per second of the normalizer on adversarial input (runs of digits, dots, at
     * signs, slashes, URL- and e-mail-like fragments) at 50 KB and 100 KB: equal rates mean linear
     * time; a quadratic rule would halve the rate at the larger size.
     */
    private static void normalizationThroughput() {
        TextNormalizer normalizer = new TextNormalizer();
        String unit = "1234567890 1.2.3.4 a@b.c@d. //x/y// www.a.b $1,000,000 ... @@@ 10-20-30 (s) I I I ";
        double[] rates = new double[2];
        int[] sizes = {50_000, 100_000};
        normalizer.normalize(unit.repeat(sizes[1] / unit.length()), Language.AMERICAN_ENGLISH); // JIT warm-up
        for (int i = 0; i < sizes.length; i++) {
            String text = unit.repeat(sizes[i] / unit.length() + 1).substring(0, sizes[i]);
            normalizer.normalize(text, Language.AMERICAN_ENGLISH);
            long start = System.nanoTime();
            int rounds = 3;
            for (int r = 0; r < rounds; r++) {
                normalizer.normalize(text, Language.AMERICAN_ENGLISH);
            }
            rates[i] = (double) sizes[i] * rounds / ((System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "normalization, adversarial input: 50 KB %.0f chars/s, 100 KB %.0f chars/s, "
                + "ratio %.2f (1.0 = linear, 0.5 = quadratic)%n", rates[0], rates[1], rates[1] / rates[0]);
    }

    /**
     * Seconds the model alone takes for these chunks, one after the other. The calls run on the
     * scheduler's own worker thread, as a request's chunks do, so both are timed in the same
     * place; only the text front-end, encoding and HTTP are left out.
     */
    private static double bare(KokoroServer server, Voice voice, List<PlannedItem.Speech> chunks)
            throws InterruptedException {
        long start = System.nanoTime();
        try (ChunkStream<float[]> stream = server.scheduler().open(Priority.REALTIME)) {
            Thread.startVirtualThread(() -> {
                for (PlannedItem.Speech chunk : chunks) {
                    int[] ids = chunk.tokenIds();
                    stream.submit(new ChunkTask<>(ids.length,
                            () -> server.model().synthesize(ids, voice.styleFor(ids.length), 1f)));
                }
                stream.endOfInput();
            });
            while (stream.take() != null) {
                // only the time matters
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Brings the server to its steady state: the JIT compiles the text front-end (as it has long
     * done in a server that has been up a while) and every encoder is used once.
     */
    private static void warmUp(KokoroServer server, HttpClient http, URI speech) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (String text : TEXTS.values()) {
                server.speech().plan(text, Language.AMERICAN_ENGLISH, NormalizationOptions.DEFAULTS);
            }
        }
        for (String format : new String[] {"pcm", "mp3"}) {
            stream(http, speech, "Warm up the caches.", format);
        }
    }

    /**
     * Waits (two minutes at most) for the languages the server loads in the background after it starts, so
     * that their loading does not share the cores with a measurement.
     */
    private static void awaitLanguages(KokoroServer server, Set<Language> languages) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!server.speech().readyLanguages().containsAll(languages) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private record Latency(double firstChunkSeconds, double firstByteSeconds) {
    }

    /**
     * Medians over {@link #REPEATS} rounds of the first chunk's bare graph time and of a streamed
     * request's time to its first audio byte (the request is then abandoned, which cancels it).
     * Each measurement starts from the same state, an idle server after a short pause, since a
     * model that has just been busy runs faster than one waking up.
     */
    private static Latency latency(KokoroServer server, HttpClient http, URI uri, String text, Voice voice,
            PlannedItem.Speech first) throws Exception {
        double[] chunk = new double[REPEATS];
        double[] firstByte = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            settle(server);
            chunk[i] = bare(server, voice, List.of(first));

            settle(server);
            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(request(uri, text, "mp3"),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (in.read() < 0) {
                    throw new IllegalStateException("empty response");
                }
                firstByte[i] = (System.nanoTime() - start) / 1e9;
            }
        }
        return new Latency(median(chunk), median(firstByte));
    }

    /** Waits until abandoned requests have stopped, then pauses briefly, so each measurement starts alike. */
    private static void settle(KokoroServer server) throws InterruptedException {
        awaitIdle(server);
        Thread.sleep(300);
    }

    /** Waits until no synthesis is open or running, so none shares the model with a measurement. */
    private static void awaitIdle(KokoroServer server) throws InterruptedException {
        while (server.scheduler().stats().openStreams() > 0 || server.scheduler().stats().chunksInFlight() > 0) {
            Thread.sleep(10);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static HttpRequest request(URI uri, String text, String format) {
        String body = String.format(Locale.ROOT,
                "{\"model\":\"tts-1\",\"voice\":\"%s\",\"response_format\":\"%s\",\"input\":\"%s\"}",
                VOICE, format, text.replace("\\", "\\\\").replace("\"", "\\\""));
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private record Streamed(long bytes, double totalSeconds) {
    }

    private static Streamed stream(HttpClient http, URI uri, String text, String format) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request(uri, text, format),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("speech request answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes()));
        }
        long bytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes += n;
            }
        }
        return new Streamed(bytes, (System.nanoTime() - start) / 1e9);
    }

    /** The process's peak resident set (VmHWM), in MB; 0 where /proc is not available. */
    private static double peakRssMegabytes() throws java.io.IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return 0;
    }
}
