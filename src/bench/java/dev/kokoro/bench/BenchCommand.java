package dev.kokoro.bench;

import dev.kokoro.KokoroServer;
import dev.kokoro.cli.KokoroCli;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import dev.kokoro.scheduling.ChunkStream;
import dev.kokoro.scheduling.ChunkTask;
import dev.kokoro.scheduling.Priority;
import dev.kokoro.scheduling.SchedulerStats;
import dev.kokoro.speech.PlannedItem;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import dev.kokoro.voice.Voice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scripts/bench}: runs the configured model in-process behind the real HTTP server and
 * compares, for a fixed set of texts, the streamed end-to-end timings with the bare graph time
 * of the very same chunks measured in the same run. Ratios near 1 mean the pipeline costs
 * nothing on top of the model. Then the server under load: first audio and throughput of streams
 * that start together, first audio while a background task renders, and a load test of many clients
 * (some slow, some hanging up) counting what was accepted, refused and cut short. Each measurement is a
 * method of its own here (the larger ones a class of their own), printing its own lines. It is built apart from
 * the server (src/bench, target/kokoro-server-bench.jar): a measuring tool, not something a deployment runs.
 */
@Command(name = "scripts/bench", mixinStandardHelpOptions = true,
        description = "Measure time to first audio, real-time factor and pipeline overhead against the bare graph.")
public final class BenchCommand implements Callable<Integer> {
    /** Runs of the latency measurements, whose median is reported: single runs are noisy here. */
    private static final int REPEATS = 7;
    /** Runs of each whole text, bare and through the server, interleaved; the medians are reported. */
    private static final int ROUNDS = 3;
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

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

    public static void main(String[] args) {
        System.exit(KokoroCli.commandLine(new BenchCommand()).execute(args));
    }

    @Option(names = "--model", description = "ONNX model file (setting 'model').")
    String model;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any other setting (repeatable).")
    Map<String, String> settings = new HashMap<>();

    /** The measurements, in the order they run; a long run on a slow machine may want only one. */
    enum Section { THROUGHPUT, CONCURRENCY, TASK, REALTIME, NORMALIZATION, LOAD }

    @Option(names = "--only", split = ",", paramLabel = "SECTION",
            description = "Run only these measurements: ${COMPLETION-CANDIDATES} (default: all).")
    Set<Section> only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = Files.createTempDirectory("kokoro-bench");
        Map<String, String> overrides = new HashMap<>(settings);
        overrides.put("host", "127.0.0.1");
        overrides.put("port", "0");
        // The bench's tasks go to a throwaway embedded store, never to the installation's queue, which other
        // replicas may share.
        overrides.putIfAbsent("data-dir", dataDir.toString());
        overrides.putIfAbsent("db-url", "");
        if (model != null) {
            overrides.put("model", model);
        }
        ServerConfig config = ServerConfig.from(Settings.load(System.getenv(), overrides));
        try (KokoroServer server = KokoroServer.start(config)) {
            BenchClient client = new BenchClient(server);
            // The languages load in the background after the start: not while something is measured.
            server.awaitReady();
            warmUp(client);
            Set<Section> sections = only == null ? EnumSet.allOf(Section.class) : only;
            if (sections.contains(Section.THROUGHPUT)) {
                throughputAndLatency(client, config, out);
            }
            if (sections.contains(Section.CONCURRENCY)) {
                concurrentStreams(client, out);
            }
            if (sections.contains(Section.TASK)) {
                firstAudioBesideTask(client, out);
            }
            if (sections.contains(Section.REALTIME)) {
                new RealtimeClauseLatency(client).report(out, REPEATS);
            }
            if (sections.contains(Section.NORMALIZATION)) {
                normalizationThroughput(out);
            }
            if (sections.contains(Section.LOAD)) {
                new LoadTest(client, LoadTest.Plan.standard(TEXTS.get("paragraph"))).run().print(out);
            }
            out.printf(Locale.ROOT, "peak RSS %.0f MB%n", ProcessMemory.peakMegabytes());
            out.println("rtf = audio seconds per second of graph time (rtf_mp3: of a streamed mp3 request); "
                    + "pcm/bare, mp3/bare = streamed request time / graph time of the same chunks (target <= 1.10); "
                    + "ttfb/ch1 = time to the first audio byte / graph time of the first chunk (target <= 1.2).");
        } finally {
            deleteTree(dataDir);
        }
        return 0;
    }

    /** Per text: the streamed requests' times against the bare graph's, and the first audio against the first chunk. */
    private static void throughputAndLatency(BenchClient client, ServerConfig config, PrintWriter out)
            throws Exception {
        KokoroServer server = client.server();
        Voice voice = server.voices().resolve(BenchClient.VOICE);
        out.printf(Locale.ROOT, "model %s, %d intra-op threads; medians of %d rounds (throughput) and "
                + "%d rounds (latency)%n", config.model().getFileName(), config.threads(), ROUNDS, REPEATS);
        out.printf(Locale.ROOT, "%-10s %6s %6s %8s | %8s %8s %8s | %7s %7s | %9s %8s %8s | %8s %8s%n",
                "text", "tokens", "chunks", "audio_s", "graph_s", "pcm_s", "mp3_s", "rtf", "rtf_mp3",
                "chunk1_ms", "ttfb_ms", "ttfb/ch1", "pcm/bare", "mp3/bare");
        for (Map.Entry<String, String> text : TEXTS.entrySet()) {
            List<PlannedItem.Speech> chunks = PlannedItem.speechOnly(server.speech()
                    .plan(text.getValue(), Language.AMERICAN_ENGLISH, NormalizationOptions.DEFAULTS));
            double[] bare = new double[ROUNDS];
            double[] pcm = new double[ROUNDS];
            double[] mp3 = new double[ROUNDS];
            double audioSeconds = 0;
            for (int round = 0; round < ROUNDS; round++) {
                client.settle();
                bare[round] = bare(server, voice, chunks);
                client.settle();
                BenchClient.Streamed streamed = client.stream(text.getValue(), "pcm");
                pcm[round] = streamed.totalSeconds();
                audioSeconds = streamed.pcmSeconds();
                client.settle();
                mp3[round] = client.stream(text.getValue(), "mp3").totalSeconds();
            }
            Latency latency = latency(client, text.getValue(), voice, chunks.getFirst());
            int tokens = chunks.stream().mapToInt(c -> c.tokenIds().length).sum();
            double graph = Samples.median(bare);
            out.printf(Locale.ROOT,
                    "%-10s %6d %6d %8.2f | %8.2f %8.2f %8.2f | %7.2f %7.2f | %9.0f %8.0f %8.2f | %8.3f %8.3f%n",
                    text.getKey(), tokens, chunks.size(), audioSeconds, graph, Samples.median(pcm), Samples.median(mp3),
                    audioSeconds / graph, audioSeconds / Samples.median(mp3), latency.firstChunkSeconds * 1000,
                    latency.firstByteSeconds * 1000, latency.firstByteSeconds / latency.firstChunkSeconds,
                    Samples.median(pcm) / graph, Samples.median(mp3) / graph);
        }
    }

    /**
     * The paragraph streamed by one listener, then by eight and sixteen at once: with admission-by-capacity, those
     * beyond what the workers keep ahead of real time are refused, so the admitted ones stay above 1x.
     */
    private static void concurrentStreams(BenchClient client, PrintWriter out) throws Exception {
        ConcurrentStreams paragraph = new ConcurrentStreams(client, "paragraph", TEXTS.get("paragraph"));
        paragraph.report(out, 1, REPEATS);
        paragraph.report(out, 8, ROUNDS);
        paragraph.report(out, 16, ROUNDS);
        SchedulerStats stats = client.server().scheduler().stats();
        out.printf(Locale.ROOT, "capacity: %d live streams ahead of real time (%.2f s of speech per worker second)%n",
                stats.liveCapacity(), stats.realTimeFactor());
    }

    /** Issue 9's promise: a task never delays a streamed request's first audio (its chunk under way gives way). */
    private static void firstAudioBesideTask(BenchClient client, PrintWriter out) throws Exception {
        new FirstAudioBesideTask(client, TEXTS.get("paragraph"), TEXTS.get("article").repeat(4)).report(out, REPEATS);
    }

    /**
     * Characters per second of the normalizer on adversarial input (runs of digits, dots, at
     * signs, slashes, URL- and e-mail-like fragments) at 50 KB and 100 KB: equal rates mean linear
     * time; a quadratic rule would halve the rate at the larger size.
     */
    private static void normalizationThroughput(PrintWriter out) {
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
        out.printf(Locale.ROOT, "normalization, adversarial input: 50 KB %.0f chars/s, 100 KB %.0f chars/s, "
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
                            preemption -> server.model().synthesize(ids, voice.styleFor(ids.length), 1f)));
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
    private static void warmUp(BenchClient client) throws Exception {
        for (int i = 0; i < 100; i++) {
            for (String text : TEXTS.values()) {
                client.server().speech().plan(text, Language.AMERICAN_ENGLISH, NormalizationOptions.DEFAULTS);
            }
        }
        for (String format : new String[] {"pcm", "mp3"}) {
            client.stream("Warm up the caches.", format);
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
    private static Latency latency(BenchClient client, String text, Voice voice, PlannedItem.Speech first)
            throws Exception {
        double[] chunk = new double[REPEATS];
        double[] firstByte = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            client.settle();
            chunk[i] = bare(client.server(), voice, List.of(first));
            client.settle();
            firstByte[i] = client.firstAudio(text, "mp3");
        }
        return new Latency(Samples.median(chunk), Samples.median(firstByte));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
