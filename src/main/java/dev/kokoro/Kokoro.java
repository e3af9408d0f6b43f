package dev.kokoro;

import dev.kokoro.audio.Pcm;
import dev.kokoro.audio.PcmJoiner;
import dev.kokoro.config.ConfigException;
import dev.kokoro.config.ServerConfig;
import dev.kokoro.config.Settings;
import dev.kokoro.config.StreamAdmission;
import dev.kokoro.engine.DevicePreference;
import dev.kokoro.engine.IdleUnloadingModel;
import dev.kokoro.engine.KokoroModel;
import dev.kokoro.engine.ModelSettings;
import dev.kokoro.engine.OnnxKokoroModel;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.g2p.G2PRegistry;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.scheduling.Admission;
import dev.kokoro.scheduling.ChunkListener;
import dev.kokoro.scheduling.ChunkScheduler;
import dev.kokoro.scheduling.Priority;
import dev.kokoro.speech.ChunkSizes;
import dev.kokoro.speech.InputReader;
import dev.kokoro.speech.SpeechService;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.speech.SpeechStream;
import dev.kokoro.text.Language;
import dev.kokoro.text.markup.MarkupParser;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import dev.kokoro.text.ssml.SsmlTranslator;
import dev.kokoro.voice.PtVoicePackWriter;
import dev.kokoro.voice.Voice;
import dev.kokoro.voice.VoiceInfo;
import dev.kokoro.voice.VoiceLibrary;
import dev.kokoro.voice.VoiceRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kokoro-82M text-to-speech in your own program, without HTTP. Load it once (it holds the model, about
 * 300 MB, and the voices), then call it from any number of threads:
 *
 * <pre>{@code
 * try (Kokoro kokoro = Kokoro.load(Path.of("/opt/kokoro"))) {
 *     GeneratedSpeech speech = kokoro.generate("Hello there!", "af_heart", SpeechOptions.DEFAULTS);
 *     Files.write(Path.of("hello.wav"), speech.encode(AudioFormat.WAV));
 * }
 * }</pre>
 *
 * Text may carry the server's inline markup ({@code [pause:1s]}, {@code [Kokoro](/kˈOkəɹO/)}, speaker tags) or be
 * an SSML document. Voices are ids ({@code af_heart}), blends ({@code af_bella(2)+af_sky}), OpenAI names or voices
 * saved in the data folder. Problems with the input throw {@link InvalidInputException} (with
 * the offending part in its message); missing or broken files throw {@link ConfigException},
 * {@link dev.kokoro.engine.ModelLoadException} or {@link dev.kokoro.voice.VoiceLoadException}. The server and the
 * {@code kokoro} command are built on this class.
 */
public final class Kokoro implements AutoCloseable {
    /** Samples per second of every audio this produces. */
    public static final int SAMPLE_RATE = Pcm.SAMPLE_RATE;

    private final ServerConfig config;
    private final KokoroModel model;
    private final VoiceLibrary voices;
    private final VoiceRegistry registry;
    private final G2PRegistry g2p;
    private final ChunkScheduler scheduler;
    private final TextNormalizer normalizer;
    private final SpeechService speech;

    private Kokoro(ServerConfig config, KokoroModel model, VoiceLibrary voices, VoiceRegistry registry,
            G2PRegistry g2p, ChunkScheduler scheduler, TextNormalizer normalizer, SpeechService speech) {
        this.config = config;
        this.model = model;
        this.voices = voices;
        this.registry = registry;
        this.g2p = g2p;
        this.scheduler = scheduler;
        this.normalizer = normalizer;
        this.speech = speech;
    }

    /**
     * Loads from a home folder laid out as {@code scripts/fetch-assets} leaves it ({@code models/}, {@code voices/},
     * {@code config/}), with its {@code config/kokoro.properties} and {@code KOKORO_*} environment variables.
     */
    public static Kokoro load(Path home) {
        return builder().home(home).build();
    }

    /** Where to load from, for files outside a home folder or settings of your own. */
    public static Builder builder() {
        return new Builder();
    }

    /** Chooses the files and settings to load with; anything not set comes from the home folder's settings. */
    public static final class Builder {
        private Path home;
        private final Map<String, String> settings = new LinkedHashMap<>();

        private Builder() {
        }

        /** The folder relative paths are resolved against; default {@code KOKORO_HOME}, else the working directory. */
        public Builder home(Path home) {
            this.home = home.toAbsolutePath();
            return this;
        }

        /** The ONNX model file (any published Kokoro export). */
        public Builder model(Path file) {
            return setting("model", file.toAbsolutePath().toString());
        }

        /** The model's {@code config.json} (its phoneme vocabulary). */
        public Builder modelConfig(Path file) {
            return setting("model-config", file.toAbsolutePath().toString());
        }

        /** The folder of voice packs. */
        public Builder voices(Path dir) {
            return setting("voices-dir", dir.toAbsolutePath().toString());
        }

        /** The folder of English lexicons. */
        public Builder lexicons(Path dir) {
            return setting("lexicons-dir", dir.toAbsolutePath().toString());
        }

        /**
         * Any setting of {@code config/kokoro.properties} by its key, e.g. {@code setting("threads", "2")}.
         *
         * @throws ConfigException at {@link #build()} if the key is unknown
         */
        public Builder setting(String key, String value) {
            settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Loads the model and voices.
         *
         * @throws ConfigException if a file is missing or a setting is invalid
         */
        public Kokoro build() {
            Map<String, String> env = new HashMap<>(System.getenv());
            if (home != null) {
                env.put("KOKORO_HOME", home.toString());
            }
            return open(ServerConfig.from(Settings.load(env, settings)));
        }
    }

    /** Loads everything the settings name. */
    static Kokoro open(ServerConfig config) {
        return open(config, ChunkListener.NONE);
    }

    /** Loads everything the settings name; {@code chunks} hears of every chunk synthesized. */
    static Kokoro open(ServerConfig config, ChunkListener chunks) {
        requireFile(config.model(), "model");
        requireFile(config.modelConfig(), "model config (config.json)");
        PhonemeVocab vocab = PhonemeVocab.load(config.modelConfig());
        VoiceLibrary voices = VoiceLibrary.load(config.voicesDir(), config.configDir());
        VoiceRegistry registry = VoiceRegistry.open(config.dataDir().resolve("voices"), voices,
                config.maxCreatedVoices());
        G2PRegistry g2p = new G2PRegistry(config.lexiconsDir(), vocab);
        ModelSettings modelSettings = new ModelSettings(config.model(), DevicePreference.parse(config.device()),
                config.cudaDevice(), config.threads());
        int idleUnload = config.lifecycle().modelIdleUnloadSeconds();
        KokoroModel model = idleUnload == 0 ? OnnxKokoroModel.load(modelSettings)
                : new IdleUnloadingModel(() -> OnnxKokoroModel.load(modelSettings), Duration.ofSeconds(idleUnload));
        StreamAdmission streams = config.streamAdmission();
        Admission admission = new Admission(config.maxStreams(), streams.maxParkedStreams(), streams.byCapacity(),
                Duration.ofSeconds(streams.queueSeconds()), config.retryAfterSeconds());
        ChunkScheduler scheduler = new ChunkScheduler(config.workers(), config.lookahead(), config.liveFirst(),
                admission, chunks, System::nanoTime);
        InputReader input = new InputReader(new MarkupParser(Duration.ofSeconds(config.maxPauseSeconds()),
                Duration.ofSeconds(config.maxTotalPauseSeconds()),
                config.speakerTags()), new SsmlTranslator(), config.ssmlDetection(), voices, config.voiceAliases());
        TextNormalizer normalizer = new TextNormalizer();
        SpeechService speech = new SpeechService(model, vocab, g2p, normalizer, input, scheduler,
                new ChunkSizes(config.firstChunkTokens(), config.chunkTokens(), config.backgroundChunkTokens()));
        return new Kokoro(config, model, voices, registry, g2p, scheduler, normalizer, speech);
    }

    private static void requireFile(Path path, String what) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("The " + what + " file " + path + " does not exist. Run scripts/fetch-assets "
                    + "(or set the path in config/kokoro.properties or the KOKORO_* environment).");
        }
    }

    /**
     * Speaks a whole text and returns its audio once it is all made.
     *
     * @param voice a voice id, blend or saved voice
     * @throws dev.kokoro.error.InvalidInputException if the text, voice or language is not usable
     * @throws InterruptedException                  if the thread is interrupted while waiting (the synthesis
     *                                               is then cancelled)
     */
    public GeneratedSpeech generate(String text, String voice, SpeechOptions options) throws InterruptedException {
        PcmJoiner samples = new PcmJoiner();
        List<WordTime> words = new ArrayList<>();
        try (SpeechChunks chunks = stream(text, voice, options)) {
            for (SpeechChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                samples.add(chunk.samples());
                words.addAll(chunk.words());
            }
        }
        return new GeneratedSpeech(samples.joined(), SAMPLE_RATE, words);
    }

    /**
     * Starts speaking a text and hands its audio out chunk by chunk as it is made: the first chunk is short, so
     * it comes after a fraction of a second whatever the length of the text.
     *
     * @throws dev.kokoro.error.InvalidInputException if the text, voice or language is not usable
     * @throws dev.kokoro.error.ServerBusyException  if more syntheses are open than the {@code max-streams}
     *                                               setting allows
     */
    public SpeechChunks stream(String text, String voice, SpeechOptions options) {
        return stream(text, voice, options, Priority.REQUEST, false);
    }

    /**
     * A synthesis at a priority of the server's choosing (background jobs), in the largest pieces the model takes
     * when asked.
     */
    SpeechChunks stream(String text, String voice, SpeechOptions options, Priority priority, boolean largestPieces) {
        SpeechStream stream = speech.start(spec(text, voice, options, priority, largestPieces));
        return new SpeechChunks(stream, text);
    }

    private SpeechSpec spec(String text, String voiceSpec, SpeechOptions options, Priority priority,
            boolean largestPieces) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The text is empty.", "input", "empty_input");
        }
        Voice voice = voices.resolve(voiceSpec);
        Language language = options.language() == null ? voice.language()
                : Language.ofCode(options.language(), "language");
        return new SpeechSpec(text, voice, language, options.speed(), options.volume(), options.normalization(),
                priority, Map.of(), largestPieces);
    }

    /** The installed and saved voices, sorted by id. */
    public List<VoiceInfo> voices() {
        return voices.voices();
    }

    /**
     * The language a voice reads in when {@link SpeechOptions#language()} is not set: {@code af_heart}'s is American
     * English, a blend's is its first voice's, an OpenAI name's is its Kokoro voice's.
     *
     * @throws dev.kokoro.error.InvalidInputException if there is no such voice
     */
    public Language language(String voice) {
        return voices.resolve(voice).language();
    }

    /**
     * The phonemes the model would be given for a text, as the pipeline makes them.
     *
     * @param language a code such as {@code a}, {@code en-gb} or {@code ja}
     */
    public String phonemize(String text, String language) {
        return speech.phonemize(text, Language.ofCode(language, "language"), NormalizationOptions.DEFAULTS)
                .phonemes();
    }

    /**
     * The words a plain text is read as: numbers, dates, units, URLs and symbols spelled out the way
     * {@link #generate} speaks them ({@code "$5 at 3pm"} → {@code "five dollars at three P M"}), with every
     * normalization on. Inline markup and SSML are not interpreted here: give the text without them.
     *
     * @param language a code such as {@code a}, {@code en-gb} or {@code ja}
     */
    public String normalize(String text, String language) {
        return normalizer.normalize(text, Language.ofCode(language, "language"));
    }

    /**
     * Writes a voice or blend as a PyTorch voice pack ({@code .pt}) that Kokoro's Python package, Kokoro-FastAPI
     * and this server all load.
     */
    public void exportVoice(String voiceSpec, OutputStream out) throws IOException {
        Voice voice = voices.resolve(voiceSpec);
        PtVoicePackWriter.write(voice, "voice", out);
    }

    ServerConfig config() {
        return config;
    }

    KokoroModel model() {
        return model;
    }

    VoiceLibrary voiceLibrary() {
        return voices;
    }

    VoiceRegistry registry() {
        return registry;
    }

    G2PRegistry g2p() {
        return g2p;
    }

    ChunkScheduler scheduler() {
        return scheduler;
    }

    SpeechService speech() {
        return speech;
    }

    /** Stops every synthesis in progress and frees the model. */
    @Override
    public void close() {
        scheduler.close();
        model.close();
    }
}
