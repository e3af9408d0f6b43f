package dev.kokoro;

import dev.kokoro.api.ApiServer;
import dev.kokoro.api.Endpoint;
import dev.kokoro.api.JobCallbackBody;
import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.download.DownloadLimits;
import dev.kokoro.download.DownloadStore;
import dev.kokoro.engine.KokoroModel;
import dev.kokoro.g2p.G2PRegistry;
import dev.kokoro.jobs.Jobs;
import dev.kokoro.metrics.ConsoleLog;
import dev.kokoro.metrics.ServerMetrics;
import dev.kokoro.scheduling.ChunkScheduler;
import dev.kokoro.scheduling.Priority;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.speech.SpeechStream;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.voice.VoiceLibrary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves a {@link Kokoro} over HTTP, warmed up, with its download store and its metrics. */
public final class KokoroServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KokoroServer.class);

    private final Kokoro kokoro;
    private final DownloadStore downloads;
    private final Jobs jobs;
    private final ApiServer api;
    private final ServerMetrics metrics;
    private final CompletableFuture<Void> preload;

    private KokoroServer(Kokoro kokoro, DownloadStore downloads, Jobs jobs, ApiServer api, ServerMetrics metrics,
            CompletableFuture<Void> preload) {
        this.kokoro = kokoro;
        this.downloads = downloads;
        this.jobs = jobs;
        this.api = api;
        this.metrics = metrics;
        this.preload = preload;
    }

    /**
     * Loads the model, the voices and English, warms up, then starts listening: a server that answers can
     * synthesize. The other {@code preload-languages} load in the background meanwhile; until they are loaded
     * {@code /health/ready} says {@code loading}, since on a small machine that load slows every synthesis.
     */
    public static KokoroServer start(ServerConfig config) {
        long t0 = System.nanoTime();
        ConsoleLog.use(config.logFormat());
        ServerMetrics metrics = new ServerMetrics();
        List<AutoCloseable> opened = new ArrayList<>(List.of(metrics));
        try {
            Kokoro kokoro = Kokoro.open(config, metrics.chunkListener());
            opened.addFirst(kokoro);
            metrics.watch(kokoro.scheduler());
            metrics.modelLoaded(kokoro.model().info());
            // The English lexicons take about a second to load: pay it now, not on the first request.
            kokoro.g2p().forLanguage(Language.AMERICAN_ENGLISH);
            kokoro.g2p().forLanguage(Language.BRITISH_ENGLISH);
            warmUp(kokoro.speech(), kokoro.voiceLibrary());
            DownloadStore downloads = DownloadStore.open(config.dataDir().resolve("downloads"),
                    DownloadLimits.of(config.downloadMaxAgeMinutes(), config.downloadMaxTotalMb()));
            opened.addFirst(downloads);
            Jobs jobs = Jobs.start(config.jobs(), config.dataDir(), new JobSpeech(kokoro), JobCallbackBody::new);
            opened.addFirst(jobs);
            CompletableFuture<Void> preload = preloadInBackground(kokoro.g2p(), config.preloadLanguages());
            ApiServer api = new ApiServer(kokoro.speech(), kokoro.voiceLibrary(), kokoro.registry(),
                    kokoro.model().info(), kokoro.scheduler(), downloads, jobs, config, metrics,
                    () -> !preload.isDone())
                    .start(config.host(), config.port());
            log.info("Started in {} ms: {} voices, model {}", (System.nanoTime() - t0) / 1_000_000,
                    kokoro.voices().size(), kokoro.model().info().describe());
            return new KokoroServer(kokoro, downloads, jobs, api, metrics, preload);
        } catch (RuntimeException e) {
            // A port in use, an unwritable data folder, a database that cannot be reached: free what was opened
            // (the model above all) before saying so.
            for (AutoCloseable resource : opened) {
                try {
                    resource.close();
                } catch (Exception closing) {
                    e.addSuppressed(closing);
                }
            }
            throw e;
        }
    }

    /**
     * One short synthesis through the whole pipeline, encoded in every format, before the server
     * listens: ONNX Runtime tunes on its first run, and ICU, the tagger and FFmpeg's native
     * libraries load on first use; without this the first client would pay for all of it.
     */
    private static void warmUp(SpeechService speech, VoiceLibrary voices) {
        long t0 = System.nanoTime();
        SpeechSpec spec = new SpeechSpec("Warming up: 1.5 km on 2024-03-15.", voices.resolve("af_heart"),
                Language.AMERICAN_ENGLISH, 1f, 1f, NormalizationOptions.DEFAULTS, Priority.REQUEST, Map.of(), false);
        List<AudioEncoder> encoders = Arrays.stream(AudioFormat.values()).map(f -> f.newEncoder(-1)).toList();
        try (SpeechStream stream = speech.start(spec)) {
            for (AudioChunk chunk = stream.next(); chunk != null; chunk = stream.next()) {
                for (AudioEncoder encoder : encoders) {
                    encoder.encode(chunk.samples(), OutputStream.nullOutputStream());
                }
            }
            for (AudioEncoder encoder : encoders) {
                encoder.finish(OutputStream.nullOutputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            encoders.forEach(AudioEncoder::close);
        }
        log.info("Warmed up the pipeline in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Builds the G2Ps of these languages on a background thread, so that the first request in Japanese or
     * Chinese does not wait seconds for their dictionaries; a request that comes sooner waits for the same
     * build rather than starting another. Completes when every one was tried: a language that cannot load is
     * warned about, and its requests fail, but the server still becomes ready for the others.
     */
    private static CompletableFuture<Void> preloadInBackground(G2PRegistry g2p, Set<Language> languages) {
        if (languages.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            long t0 = System.nanoTime();
            List<String> loaded = new ArrayList<>();
            for (Language language : languages) {
                try {
                    g2p.forLanguage(language);
                    loaded.add(language.tag());
                } catch (RuntimeException e) {
                    log.warn("Cannot load the G2P for {}: {}", language.tag(), e.getMessage());
                }
            }
            log.info("Ready: G2P loaded for {} in {} ms", loaded, (System.nanoTime() - t0) / 1_000_000);
        }, task -> Thread.ofVirtual().name("g2p-preload").start(task));
    }

    public int port() {
        return api.port();
    }

    /** Waits until the background load of the {@code preload-languages} is over: until the server is ready. */
    public void awaitReady() {
        preload.join();
    }

    public List<Endpoint> endpoints() {
        return api.endpoints();
    }

    public ChunkScheduler scheduler() {
        return kokoro.scheduler();
    }

    public KokoroModel model() {
        return kokoro.model();
    }

    public VoiceLibrary voices() {
        return kokoro.voiceLibrary();
    }

    public SpeechService speech() {
        return kokoro.speech();
    }

    /** The audio files offered through download links. */
    public DownloadStore downloads() {
        return downloads;
    }

    /**
     * Stops as a SIGTERM asks: readiness turns 503 and new syntheses are refused with a 503 (a load balancer or
     * client retries elsewhere), rendering tasks go back to the queue for another replica or the next start,
     * and open streams get up to the {@code shutdown-grace-seconds} setting to finish; then everything closes.
     */
    public void shutDown() {
        long start = System.nanoTime();
        api.startDraining();
        jobs.stopRunning();
        boolean finished = true;
        try {
            finished = kokoro.scheduler().drain(Duration.ofSeconds(kokoro.config().lifecycle().shutdownGraceSeconds()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = kokoro.scheduler().stats().openStreams();
        log.info("Shutting down after {} ms of draining{}", (System.nanoTime() - start) / 1_000_000,
                finished ? ": every open stream finished" : ": " + left + " streams cut at the grace period's end");
        close();
    }

    @Override
    public void close() {
        api.close();
        jobs.close();
        downloads.close();
        kokoro.close();
        metrics.close();
    }
}
