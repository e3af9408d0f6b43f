package dev.kokoro.config;

import dev.kokoro.engine.KokoroModel;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The typed, validated settings the server runs with. */
public record ServerConfig(
        String host,
        int port,
        Path model,
        Path modelConfig,
        Path voicesDir,
        Path lexiconsDir,
        Path configDir,
        Path dataDir,
        int downloadMaxAgeMinutes,
        int downloadMaxTotalMb,
        boolean speakerTags,
        boolean ssmlDetection,
        Map<String, String> voiceAliases,
        String device,
        int cudaDevice,
        int threads,
        int workers,
        int maxStreams,
        int retryAfterSeconds,
        int lookahead,
        boolean liveFirst,
        StreamAdmission streamAdmission,
        int maxInputChars,
        int firstChunkTokens,
        int chunkTokens,
        int backgroundChunkTokens,
        int maxPauseSeconds,
        int maxTotalPauseSeconds,
        int maxWholeFileSeconds,
        Set<Language> preloadLanguages,
        int maxCreatedVoices,
        JobsConfig jobs,
        StreamSocketLimits streamSockets,
        RealtimeConfig realtime,
        LifecycleConfig lifecycle,
        LogFormat logFormat,
        AccessConfig access,
        boolean devRoutes) {

    private static final Set<String> DEVICES = Set.of("cpu", "cuda", "auto");

    public static ServerConfig from(Settings s) {
        String device = s.string("device").toLowerCase(Locale.ROOT);
        if (!DEVICES.contains(device)) {
            throw new ConfigException("Setting 'device' must be one of " + DEVICES + ", was '" + device + "'");
        }
        int threads = s.integer("threads", 0, 1024);
        int chunkTokens = s.integer("chunk-tokens", 16, KokoroModel.MAX_TOKENS);
        return new ServerConfig(
                s.string("host"),
                s.integer("port", 0, 65535),
                s.path("model"),
                s.path("model-config"),
                s.path("voices-dir"),
                s.path("lexicons-dir"),
                s.configDir(),
                s.path("data-dir"),
                s.integer("download-max-age-minutes", 1, 525_600),
                s.integer("download-max-total-mb", 1, 1_048_576),
                s.bool("speaker-tags"),
                s.bool("ssml-detection"),
                s.pairs("voice-aliases"),
                device,
                s.integer("cuda-device", 0, 64),
                threads == 0 ? Runtime.getRuntime().availableProcessors() : threads,
                s.integer("workers", 1, 64),
                s.integer("max-streams", 1, 100_000),
                s.integer("retry-after-seconds", 1, 3600),
                s.integer("lookahead", 1, 64),
                s.bool("live-first"),
                StreamAdmission.from(s),
                s.integer("max-input-chars", 1, 10_000_000),
                s.integer("first-chunk-tokens", 4, chunkTokens),
                chunkTokens,
                s.integer("background-chunk-tokens", 16, KokoroModel.MAX_TOKENS),
                s.integer("max-pause-seconds", 0, 600),
                s.integer("max-total-pause-seconds", 0, 86_400),
                s.integer("max-whole-file-seconds", 1, 86_400),
                languages(s.string("preload-languages")),
                s.integer("max-created-voices", 0, 1_000_000),
                JobsConfig.from(s),
                StreamSocketLimits.from(s),
                RealtimeConfig.from(s),
                LifecycleConfig.from(s),
                LogFormat.of(s.string("log-format")),
                AccessConfig.from(s),
                s.bool("dev-routes"));
    }

    /** {@code all}, {@code none}, or a comma-separated list of language codes ({@code j,z} or {@code ja,zh}). */
    private static Set<Language> languages(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("all")) {
            return EnumSet.allOf(Language.class);
        }
        Set<Language> languages = EnumSet.noneOf(Language.class);
        if (v.equals("none") || v.isEmpty()) {
            return languages;
        }
        for (String code : v.split(",")) {
            try {
                languages.add(Language.ofCode(code, "preload-languages"));
            } catch (InvalidInputException e) {
                throw new ConfigException("Setting 'preload-languages': " + e.getMessage());
            }
        }
        return languages;
    }
}
