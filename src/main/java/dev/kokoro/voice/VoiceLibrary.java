package dev.kokoro.voice;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed voices, and the one place a request's {@code voice} field becomes a {@link Voice}: voice ids,
 * OpenAI voice names and blends of both, all case-insensitive.
 *
 * <p>Thread-safe: everything is fixed at load time except the bounded blend cache, which synchronizes itself.
 */
public final class VoiceLibrary {
    /** The catalogue file in the config folder. */
    public static final String CATALOG_FILE = "voices.tsv";
    /** The OpenAI voice name file in the config folder. */
    public static final String OPENAI_VOICES_FILE = "openai-voices.json";
    /** Blends kept by {@link #load(Path, Path)}: about 0.5 MB each. */
    public static final int DEFAULT_BLEND_CACHE_SIZE = 32;

    private static final Logger LOG = LoggerFactory.getLogger(VoiceLibrary.class);
    private static final int SUGGESTIONS = 5;

    private final Map<String, Voice> installed;
    private final List<VoiceInfo> infos;
    private final OpenAiVoiceNames openAiNames;
    private final BlendCache blends;

    private VoiceLibrary(Map<String, Voice> installed, List<VoiceInfo> infos, OpenAiVoiceNames openAiNames,
            int blendCacheSize) {
        this.installed = installed;
        this.infos = infos;
        this.openAiNames = openAiNames;
        this.blends = new BlendCache(blendCacheSize);
    }

    /** {@link #load(Path, Path, VoicePackReaders, int)} with the standard readers and blend cache size. */
    public static VoiceLibrary load(Path voicesDir, Path configDir) {
        return load(voicesDir, configDir, VoicePackReaders.standard(), DEFAULT_BLEND_CACHE_SIZE);
    }

    /**
     * Loads every voice pack directly in {@code voicesDir} (an npz contributes all its voices) and the catalogue and
     * OpenAI names from {@code configDir}.
     *
     * @throws VoiceLoadException if the folder is missing or holds no voice, a pack is corrupt, or a config file
     *                            is missing or malformed
     */
    public static VoiceLibrary load(Path voicesDir, Path configDir, VoicePackReaders readers, int blendCacheSize) {
        long start = System.nanoTime();
        VoiceCatalog catalog = VoiceCatalog.load(configDir.resolve(CATALOG_FILE));
        OpenAiVoiceNames openAiNames = OpenAiVoiceNames.load(configDir.resolve(OPENAI_VOICES_FILE));
        Map<String, Voice> installed = readVoices(voicesDir, readers);
        if (installed.isEmpty()) {
            throw new VoiceLoadException("No voice packs found in " + voicesDir.toAbsolutePath()
                    + " (expected .pt, .npy, .npz or raw .bin files, e.g. af_heart.pt or kokoro-onnx's voices-v1.0.bin)");
        }
        checkOpenAiNames(openAiNames, installed);
        List<VoiceInfo> infos = installed.keySet().stream().map(catalog::infoFor)
                .sorted(Comparator.comparing(VoiceInfo::id)).toList();
        LOG.info("Loaded {} voices from {} in {} ms", installed.size(), voicesDir,
                (System.nanoTime() - start) / 1_000_000);
        return new VoiceLibrary(installed, infos, openAiNames, blendCacheSize);
    }

    private static Map<String, Voice> readVoices(Path voicesDir, VoicePackReaders readers) {
        if (!Files.isDirectory(voicesDir)) {
            throw new VoiceLoadException("Voices folder " + voicesDir.toAbsolutePath() + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(voicesDir)) {
            // Hidden files are editor and OS litter (macOS ._af_heart.pt), never packs.
            files = listing.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new VoiceLoadException("Cannot list the voices folder " + voicesDir.toAbsolutePath() + ": " + e, e);
        }
        Map<String, Voice> voices = new TreeMap<>();
        for (Path file : files) {
            Map<String, VoiceTable> packs = readers.read(VoicePackFile.probe(file));
            if (packs.isEmpty()) {
                LOG.debug("Ignoring {}: not a voice pack", file);
            }
            packs.forEach((name, table) -> add(voices, name, table, file));
        }
        return Map.copyOf(voices);
    }

    /** Keeps the first pack of a name (files are read in name order), skipping names no request could address. */
    private static void add(Map<String, Voice> voices, String name, VoiceTable table, Path file) {
        String id = name.toLowerCase(Locale.ROOT);
        if (!id.matches("[a-z0-9_]+") || !hasLanguagePrefix(id)) {
            LOG.warn("Skipping voice '{}' in {}: a voice id is letters, digits and '_', starting with a language"
                    + " letter (a, b, e, f, h, i, j, p, z)", name, file);
            return;
        }
        if (voices.containsKey(id)) {
            LOG.warn("Voice {} in {} is already loaded from an earlier file; keeping the first", id, file);
            return;
        }
        voices.put(id, new Voice(id, table));
    }

    private static boolean hasLanguagePrefix(String id) {
        try {
            Language.ofVoiceId(id);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    private static void checkOpenAiNames(OpenAiVoiceNames names, Map<String, Voice> installed) {
        List<String> hidden = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        names.asMap().forEach((name, target) -> {
            if (installed.containsKey(name)) {
                hidden.add(name);
            } else if (!installed.containsKey(target)) {
                missing.add(name + " → " + target);
            }
        });
        if (!hidden.isEmpty()) {
            LOG.warn("OpenAI voice names hidden by installed voices of the same id: {}", hidden);
        }
        if (!missing.isEmpty()) {
            LOG.warn("OpenAI voice names unavailable because their voice is not installed: {}", missing);
        }
    }

    /** The installed voices, sorted by id. */
    public List<VoiceInfo> voices() {
        return infos;
    }

    /** OpenAI voice name → the Kokoro voice id it stands for, sorted by name (targets may be uninstalled). */
    public SortedMap<String, String> openAiVoices() {
        return openAiNames.asMap();
    }

    /**
     * The voice a request's {@code voice} field names: an installed voice id, an OpenAI voice name, or a blend of
     * them (see {@link VoiceSpec} for the syntax and how weights are normalised). The result's {@link Voice#id()}
     * is the canonical spec with every name resolved to its voice id.
     *
     * @throws InvalidVoiceSpecException if the spec is malformed or its weights add up to zero or less
     * @throws UnknownVoiceException     if a name is neither installed nor an OpenAI name of an installed voice
     */
    public Voice resolve(String spec) {
        VoiceSpec canonical = VoiceSpec.parse(spec).withNames(this::resolveName);
        if (!canonical.isBlend()) {
            return installed.get(canonical.terms().getFirst().name());
        }
        String id = canonical.text();
        return blends.get(id, () -> {
            List<VoiceTable> tables = canonical.terms().stream().map(t -> installed.get(t.name()).table()).toList();
            return new Voice(id, VoiceTable.weightedSum(tables, canonical.coefficients()));
        });
    }

    private String resolveName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (installed.containsKey(lower)) {
            return lower;
        }
        String target = openAiNames.target(lower).orElse(null);
        if (target != null && installed.containsKey(target)) {
            return target;
        }
        List<String> names = addressableNames();
        List<String> suggestions = NameSuggestions.closest(lower, names, SUGGESTIONS);
        String problem = target != null
                ? "Voice '" + name + "' stands for " + target + ", which is not installed."
                : "Voice '" + name + "' not found.";
        String hint = suggestions.isEmpty()
                ? " Installed voices include " + String.join(", ", names.stream().sorted().limit(SUGGESTIONS).toList())
                        + " (" + installed.size() + " in all)."
                : " Did you mean " + String.join(", ", suggestions) + "?";
        throw new UnknownVoiceException(problem + hint, name, suggestions);
    }

    private List<String> addressableNames() {
        List<String> names = new ArrayList<>(installed.keySet());
        openAiNames.asMap().forEach((name, target) -> {
            if (installed.containsKey(target)) {
                names.add(name);
            }
        });
        return names;
    }
}
