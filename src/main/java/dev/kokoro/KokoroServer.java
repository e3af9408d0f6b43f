package dev.kokoro;

import dev.kokoro.api.ApiServer;
import dev.kokoro.api.Endpoint;
import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.config.ConfigException;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.download.DownloadLimits;
import dev.kokoro.download.DownloadStore;
import dev.kokoro.engine.ChunkScheduler;
import dev.kokoro.engine.DevicePreference;
import dev.kokoro.engine.KokoroModel;
import dev.kokoro.engine.ModelSettings;
import dev.kokoro.engine.OnnxKokoroModel;
import dev.kokoro.engine.Priority;
import dev.kokoro.g2p.G2PRegistry;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.InputReader;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.speech.SpeechStream;
import dev.kokoro.text.Language;
import dev.kokoro.text.markup.MarkupParser;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import dev.kokoro.text.ssml.SsmlTranslator;
import dev.kokoro.voice.VoiceLibrary;
import dev.kokoro.voice.VoiceRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the pipeline together from a {@link ServerConfig} and serves it over HTTP. */
public final class KokoroServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(KokoroServer.class);

    private final KokoroModel model;
    private final VoiceLibrary voices;
    private final SpeechService speech;
    private final ChunkScheduler scheduler;
    private final DownloadStore downloads;
    private final ApiServer api;

    private KokoroServer(KokoroModel model, VoiceLibrary voices, SpeechService speech, ChunkScheduler scheduler,
            DownloadStore downloads, ApiServer api) {
        this.model = model;
        this.voices = voices;
        this.speech = speech;
        this.scheduler = scheduler;
        this.downloads = downloads;
        this.api = api;
    }

    /** Loads everything, then starts listening: a server that answers is ready to synthesize. */
    public static KokoroServer start(ServerConfig config) {
        long t0 = System.nanoTime();
        requireFile(config.model(), "model");
        requireFile(config.modelConfig(), "model config (config.json)");
        PhonemeVocab vocab = PhonemeVocab.load(config.modelConfig());
        VoiceLibrary voices = VoiceLibrary.load(config.voicesDir(), config.configDir());
        VoiceRegistry registry = VoiceRegistry.open(config.dataDir().resolve("voices"), voices,
                config.maxCreatedVoices());
        G2PRegistry g2p = new G2PRegistry(config.lexiconsDir(), vocab);
        // The English lexicons take about a second to load: pay it now, not on the first request.
        g2p.forLanguage(Language.AMERICAN_ENGLISH);
        g2p.forLanguage(Language.BRITISH_ENGLISH);
        KokoroModel model = OnnxKokoroModel.load(new ModelSettings(config.model(),
                DevicePreference.parse(config.device()), config.cudaDevice(), config.threads()));
        ChunkScheduler scheduler = new ChunkScheduler(config.workers(), config.maxStreams(), config.lookahead(),
                config.retryAfterSeconds());
        InputReader input = new InputReader(new MarkupParser(Duration.ofSeconds(config.maxPauseSeconds()),
                config.speakerTags()), new SsmlTranslator(), config.ssmlDetection(), voices, config.voiceAliases());
        SpeechService speech = new SpeechService(model, vocab, g2p, new TextNormalizer(), input, scheduler,
                config.firstChunkTokens(), config.chunkTokens());
        warmUp(speech, voices);
        DownloadStore downloads = DownloadStore.open(config.dataDir().resolve("downloads"),
                DownloadLimits.of(config.downloadMaxAgeMinutes(), config.downloadMaxTotalMb()));
        ApiServer api = new ApiServer(speech, voices, registry, model.info(), scheduler, config.maxInputChars(),
                downloads)
                .start(config.host(), config.port());
        log.info("Ready in {} ms: {} voices, model {}", (System.nanoTime() - t0) / 1_000_000,
                voices.voices().size(), model.info().describe());
        preloadInBackground(g2p, config.preloadLanguages());
        return new KokoroServer(model, voices, speech, scheduler, downloads, api);
    }

    /**
     * One short synthesis through the whole pipeline, encoded in every format, before the server
     * listens: ONNX Runtime tunes on its first run, and ICU, the tagger and FFmpeg's native
     * libraries load on first use; without this the first client would pay for all of it.
     */
    private static void warmUp(SpeechService speech, VoiceLibrary voices) {
        long t0 = System.nanoTime();
        SpeechSpec spec = new SpeechSpec("Warming up: 1.5 km on 2024-03-15.", voices.resolve("af_heart"),
                Language.AMERICAN_ENGLISH, 1f, 1f, NormalizationOptions.DEFAULTS, Priority.LOW, Map.of());
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
     * build rather than starting another.
     */
    private static void preloadInBackground(G2PRegistry g2p, Set<Language> languages) {
        if (languages.isEmpty()) {
            return;
        }
        Thread.ofVirtual().name("g2p-preload").start(() -> {
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
            log.info("G2P ready for {} in {} ms", loaded, (System.nanoTime() - t0) / 1_000_000);
        });
    }

    private static void requireFile(Path path, String what) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("The " + what + " file " + path + " does not exist. Run scripts/fetch-assets "
                    + "(or set the path in config/kokoro.properties or the KOKORO_* environment).");
        }
    }

    public int port() {
        return api.port();
    }

    public List<Endpoint> endpoints() {
        return api.endpoints();
    }

    public ChunkScheduler scheduler() {
        return scheduler;
    }

    public KokoroModel model() {
        return model;
    }

    public VoiceLibrary voices() {
        return voices;
    }

    public SpeechService speech() {
        return speech;
    }

    /** The audio files offered through download links. */
    public DownloadStore downloads() {
        return downloads;
    }

    @Override
    public void close() {
        api.close();
        downloads.close();
        scheduler.close();
        model.close();
    }
}
