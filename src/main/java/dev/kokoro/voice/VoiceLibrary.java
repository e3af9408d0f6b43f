package dev.kokoro.voice;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed (stock) voices and the voices created through the API, and the one place a request's
 * {@code voice} field becomes a {@link Voice}: voice ids, created voice ids, OpenAI voice names and blends of them
 * all, case-insensitive.
 *
 * <p>Thread-safe: the stock voices are fixed at load time; the created voices are a concurrent map that
 * {@link VoiceRegistry} changes (under its own lock, one change at a time), and the bounded blend cache
 * synchronizes itself.
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
    private final Map<String, VoiceInfo> stockInfos;
    private final Map<String, CreatedVoice> created = new ConcurrentHashMap<>();
    /** Stock and created voices sorted by id, replaced whole on each change so readers need no lock. */
    private volatile List<VoiceInfo> infos;
    private final OpenAiVoiceNames openAiNames;
    private final BlendCache blends;

    private VoiceLibrary(Map<String, Voice> installed, List<VoiceInfo> infos, OpenAiVoiceNames openAiNames,
            int blendCacheSize) {
        this.installed = installed;
        this.stockInfos = infos.stream().collect(Collectors.toUnmodifiableMap(VoiceInfo::id, Function.identity()));
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

    /** The stock and created voices, sorted by id. */
    public List<VoiceInfo> voices() {
        return infos;
    }

    /** What the catalogue says of a stock voice id (lower case), if it is one. */
    public Optional<VoiceInfo> stockVoice(String id) {
        return Optional.ofNullable(stockInfos.get(id));
    }

    /** The created voice of this id (lower case), if there is one. */
    public Optional<CreatedVoice> createdVoice(String id) {
        return Optional.ofNullable(created.get(id));
    }

    int createdCount() {
        return created.size();
    }

    /** What the voice of a canonical id (stock or created, lower case) is, if there is one. */
    Optional<VoiceInfo> info(String id) {
        CreatedVoice voice = created.get(id);
        return voice != null ? Optional.of(voice.info()) : stockVoice(id);
    }

    /** Whether {@code id} (lower case) already names something: a stock voice, an OpenAI name or a created voice. */
    boolean isTaken(String id) {
        return installed.containsKey(id) || openAiNames.target(id).isPresent() || created.containsKey(id);
    }

    /** Adds a created voice, or replaces the one of its id (new details of the same voice). */
    synchronized void putCreated(CreatedVoice voice) {
        CreatedVoice old = created.put(voice.id(), voice);
        if (old != null && old.voice() != voice.voice()) {
            blends.forget(old.voice());
        }
        infos = listing();
    }

    /** Removes a created voice; a request that resolves its id from now on is told it does not exist. */
    synchronized void removeCreated(String id) {
        CreatedVoice old = created.remove(id);
        if (old != null) {
            blends.forget(old.voice());
        }
        infos = listing();
    }

    private List<VoiceInfo> listing() {
        List<VoiceInfo> all = new ArrayList<>(stockInfos.values());
        created.values().forEach(v -> all.add(v.info()));
        all.sort(Comparator.comparing(VoiceInfo::id));
        return List.copyOf(all);
    }

    /** OpenAI voice name → the Kokoro voice id it stands for, sorted by name (targets may be uninstalled). */
    public SortedMap<String, String> openAiVoices() {
        return openAiNames.asMap();
    }

    /**
     * The voice a request's {@code voice} field names: an installed voice id, a created voice id, an OpenAI voice
     * name, or a blend of them (see {@link VoiceSpec} for the syntax and how weights are normalised). The result's
     * {@link Voice#id()} is the canonical spec with every name resolved to its voice id; a blend speaks the language
     * of its first voice.
     *
     * @throws InvalidVoiceSpecException if the spec is malformed or its weights add up to zero or less
     * @throws UnknownVoiceException     if a name is neither installed, nor created, nor an OpenAI name of an
     *                                   installed voice
     */
    public Voice resolve(String spec) {
        VoiceSpec parsed = VoiceSpec.parse(spec);
        // Each name is looked up once, so a blend is made of the voices as they were at that moment even while a
        // created voice is being deleted.
        List<Voice> parts = parsed.terms().stream().map(t -> voiceNamed(t.name())).toList();
        if (!parsed.isBlend()) {
            return parts.getFirst();
        }
        Map<String, String> ids = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            ids.put(parsed.terms().get(i).name(), parts.get(i).id());
        }
        VoiceSpec canonical = parsed.withNames(ids::get);
        String id = canonical.text();
        return blends.get(id, parts, () -> {
            List<VoiceTable> tables = parts.stream().map(Voice::table).toList();
            return new Voice(id, parts.getFirst().language(),
                    VoiceTable.weightedSum(tables, canonical.coefficients()));
        });
    }

    private Voice voiceNamed(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        Voice stock = installed.get(lower);
        if (stock != null) {
            return stock;
        }
        CreatedVoice made = created.get(lower);
        if (made != null) {
            return made.voice();
        }
        String target = openAiNames.target(lower).orElse(null);
        if (target != null && installed.containsKey(target)) {
            return installed.get(target);
        }
        List<String> names = addressableNames();
        List<String> suggestions = NameSuggestions.closest(lower, names, SUGGESTIONS);
        String problem = target != null
                ? "Voice " + ClientText.quote(name) + " stands for " + target + ", which is not installed."
                : "Voice " + ClientText.quote(name) + " not found.";
        String hint = suggestions.isEmpty()
                ? " Installed voices include " + String.join(", ", names.stream().sorted().limit(SUGGESTIONS).toList())
                        + " (" + (installed.size() + created.size()) + " in all)."
                : " Did you mean " + String.join(", ", suggestions) + "?";
        throw new UnknownVoiceException(problem + hint, name, suggestions);
    }

    private List<String> addressableNames() {
        List<String> names = new ArrayList<>(installed.keySet());
        names.addAll(created.keySet());
        openAiNames.asMap().forEach((name, target) -> {
            if (installed.containsKey(target)) {
                names.add(name);
            }
        });
        return names;
    }
}
