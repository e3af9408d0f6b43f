package dev.kokoro.voice;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.ConflictException;
import dev.kokoro.error.ForbiddenException;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.NotFoundException;
import dev.kokoro.error.UnprocessableException;
import dev.kokoro.text.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Voices made through the API, from a formula or an uploaded pack: validated, kept on disk by a
 * {@link CreatedVoiceStore} so that they survive a restart, and added to the {@link VoiceLibrary} so that they
 * speak wherever a voice name is taken, blends included.
 *
 * <p>Thread-safe: changes are made one at a time under one lock (the check that an id is free, the files and
 * the library change together), while reading and decoding an upload or summing a formula happen before it.
 */
public final class VoiceRegistry {
    /** A created voice's id: what a voice spec can name, in lower case. */
    public static final Pattern ID = Pattern.compile("[a-z0-9_]{1,64}");
    public static final int MAX_NAME_CHARS = 128;
    public static final int MAX_DESCRIPTION_CHARS = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(VoiceRegistry.class);
    /** A stock-like id, {@code af_…}: a language letter, a gender letter, an underscore. */
    private static final Pattern STOCK_LIKE = Pattern.compile("[a-z][a-z]_.*");

    /**
     * What a client asks for; null where it gave nothing.
     *
     * @param language a language code or tag ({@code a}, {@code en-us})
     */
    public record Request(String id, String name, String description, String language) {
    }

    private final VoiceLibrary library;
    private final CreatedVoiceStore store;
    private final VoicePackReaders readers;
    private final int maxVoices;
    private final Clock clock;
    private final Object lock = new Object();

    private VoiceRegistry(VoiceLibrary library, CreatedVoiceStore store, VoicePackReaders readers, int maxVoices,
            Clock clock) {
        this.library = library;
        this.store = store;
        this.readers = readers;
        this.maxVoices = maxVoices;
        this.clock = clock;
    }

    /**
     * Opens the created voices in {@code dir} (made if missing) and adds them to {@code library}. A voice whose id
     * a stock voice or OpenAI name has taken since it was created is left out with a warning.
     *
     * @param maxVoices how many created voices there may be at most
     */
    public static VoiceRegistry open(Path dir, VoiceLibrary library, int maxVoices) {
        return open(dir, library, VoicePackReaders.standard(), maxVoices, Clock.systemUTC());
    }

    static VoiceRegistry open(Path dir, VoiceLibrary library, VoicePackReaders readers, int maxVoices, Clock clock) {
        if (maxVoices < 0) {
            throw new IllegalArgumentException("maxVoices must not be negative");
        }
        long start = System.nanoTime();
        CreatedVoiceStore store = CreatedVoiceStore.open(dir);
        List<CreatedVoice> saved = store.load(readers);
        for (CreatedVoice voice : saved) {
            if (library.isTaken(voice.id())) {
                LOG.warn("Leaving out the created voice {}: a stock voice or OpenAI voice name has its id", voice.id());
            } else {
                library.putCreated(voice);
            }
        }
        LOG.info("Loaded {} created voices from {} in {} ms", library.createdCount(), dir,
                (System.nanoTime() - start) / 1_000_000);
        return new VoiceRegistry(library, store, readers, maxVoices, clock);
    }

    /** The created voice of this id (any case), if there is one. */
    public Optional<CreatedVoice> find(String id) {
        return library.createdVoice(id.toLowerCase(Locale.ROOT));
    }

    /**
     * Creates a voice from a voice spec: the blend of stock and created voices it names, computed now and kept
     * as numbers, so that deleting one of them later leaves this voice as it is.
     *
     * @throws InvalidInputException if the id, a detail or the formula is invalid (param {@code formula} for the
     *                               formula, naming an unknown voice or bad syntax)
     * @throws ConflictException     if the id is taken or the registry is full
     */
    public CreatedVoice createFromFormula(Request request, String formula) {
        String id = freeId(request.id());
        Voice blend;
        try {
            blend = library.resolve(formula);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage(), "formula", e.code(), e);
        }
        Language language = request.language() == null ? blend.language() : language(request.language());
        Gender gender = sharedGender(blend.id()).orElseGet(() -> prefixGender(id));
        return add(new CreatedVoice(id, name(request, id), description(request), language, gender,
                clock.instant().getEpochSecond(), blend.id(), new Voice(id, language, blend.table())));
    }

    /**
     * Creates a voice from an uploaded pack: PyTorch {@code .pt}, numpy {@code .npy} (or a one-voice {@code .npz})
     * or raw little-endian float32 {@code .bin}, of 510×256 finite floats.
     *
     * @param fileName the name the client gave the file; its extension tells a raw {@code .bin} from other bytes
     * @throws InvalidInputException  if the id or a detail is invalid, or no language is given and the id has no
     *                                language prefix ({@code af_…})
     * @throws UnprocessableException if the file is not such a pack (wrong format or shape, NaN or infinity)
     * @throws ConflictException      if the id is taken or the registry is full
     */
    public CreatedVoice createFromPack(Request request, String fileName, byte[] content) {
        String id = freeId(request.id());
        Language language = request.language() != null ? language(request.language())
                : prefixLanguage(id).orElseThrow(() -> new InvalidInputException("'language' is required for an "
                        + "uploaded voice unless its id starts with a language prefix such as af_ or bm_.",
                        "language", "missing_language"));
        VoiceTable table = readPack(fileName, content);
        return add(new CreatedVoice(id, name(request, id), description(request), language, prefixGender(id),
                clock.instant().getEpochSecond(), null, new Voice(id, language, table)));
    }

    /**
     * Changes the name and description of a created voice; null keeps what it has.
     *
     * @throws ForbiddenException if the id is a stock voice's
     * @throws NotFoundException  if there is no such voice
     */
    public CreatedVoice update(String id, String name, String description) {
        synchronized (lock) {
            CreatedVoice current = existing(id);
            CreatedVoice updated = current.withDetails(name == null ? current.name() : checkName(name),
                    description == null ? current.description() : checkDescription(description));
            store.saveDetails(updated);
            library.putCreated(updated);
            return updated;
        }
    }

    /**
     * Deletes a created voice: from then on its id names nothing, and no blend of it is served from the cache.
     *
     * @throws ForbiddenException if the id is a stock voice's
     * @throws NotFoundException  if there is no such voice
     */
    public void delete(String id) {
        synchronized (lock) {
            CreatedVoice current = existing(id);
            store.delete(current.id());
            library.removeCreated(current.id());
        }
        LOG.info("Deleted voice {}", id);
    }

    private CreatedVoice add(CreatedVoice voice) {
        synchronized (lock) {
            checkFree(voice.id());
            if (library.createdCount() >= maxVoices) {
                throw new ConflictException("There are already " + library.createdCount() + " created voices, the "
                        + "most this server keeps (setting max-created-voices). Delete one to make room.",
                        "voice_id", "voice_limit_reached");
            }
            store.save(voice);
            library.putCreated(voice);
        }
        LOG.info("Created voice {} ({}, {})", voice.id(), voice.language().tag(),
                voice.formula() == null ? "uploaded pack" : voice.formula());
        return voice;
    }

    private CreatedVoice existing(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        if (library.stockVoice(lower).isPresent()) {
            throw new ForbiddenException("Voice '" + lower + "' is a stock voice: only created voices can be changed "
                    + "or deleted.", "voice_id", "stock_voice");
        }
        return library.createdVoice(lower).orElseThrow(() -> new NotFoundException(
                "Voice " + ClientText.quote(id) + " does not exist.", "voice_id", "voice_not_found"));
    }

    /** The id, checked for shape and checked free, before the work of making the voice. */
    private String freeId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("'voice_id' must be 1 to 64 lower-case letters, digits or '_', was "
                    + (id == null ? "missing" : ClientText.quote(id)) + ".", "voice_id", "invalid_voice_id");
        }
        checkFree(id);
        return id;
    }

    private void checkFree(String id) {
        if (library.isTaken(id)) {
            throw new ConflictException("The voice id '" + id + "' is taken by a stock voice, an OpenAI voice name "
                    + "or a created voice.", "voice_id", "voice_exists");
        }
    }

    private VoiceTable readPack(String fileName, byte[] content) {
        String label = fileName == null || fileName.isBlank() ? "upload" : fileName;
        Path staged = store.stage(content, extension(label));
        try {
            Map<String, VoiceTable> packs = readers.read(VoicePackFile.probe(staged, label));
            if (packs.size() != 1) {
                throw new UnprocessableException(packs.isEmpty()
                        ? "The file " + label + " is not a voice pack: upload a PyTorch .pt, a numpy .npy or a raw "
                                + "little-endian float32 .bin of 510×256 values."
                        : "The file " + label + " holds " + packs.size() + " voices; upload one.",
                        "file", "invalid_voice_pack");
            }
            return packs.values().iterator().next();
        } catch (VoiceLoadException e) {
            throw new UnprocessableException(e.getMessage(), "file", "invalid_voice_pack", e);
        } finally {
            store.discard(staged);
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        return VoicePackReaders.PACK_EXTENSIONS.contains(extension) ? extension : "";
    }

    /** The gender every voice of a canonical spec has, when they agree on one. */
    private Optional<Gender> sharedGender(String canonicalSpec) {
        List<Gender> genders = VoiceSpec.parse(canonicalSpec).terms().stream()
                .map(t -> library.info(t.name()).map(VoiceInfo::gender).orElse(Gender.UNKNOWN))
                .distinct().toList();
        return genders.size() == 1 && genders.getFirst() != Gender.UNKNOWN ? Optional.of(genders.getFirst())
                : Optional.empty();
    }

    private static Optional<Language> prefixLanguage(String id) {
        if (!STOCK_LIKE.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Language.ofVoiceId(id));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static Gender prefixGender(String id) {
        return prefixLanguage(id).isPresent() ? Gender.ofVoiceId(id) : Gender.UNKNOWN;
    }

    private static Language language(String code) {
        return Language.ofCode(code, "language");
    }

    private static String name(Request request, String id) {
        return request.name() == null ? id : checkName(request.name());
    }

    private static String description(Request request) {
        return request.description() == null ? "" : checkDescription(request.description());
    }

    private static String checkName(String name) {
        String stripped = Objects.requireNonNull(name).strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_CHARS) {
            throw new InvalidInputException("'name' must be 1 to " + MAX_NAME_CHARS + " characters.", "name",
                    "invalid_name");
        }
        return stripped;
    }

    private static String checkDescription(String description) {
        if (description.length() > MAX_DESCRIPTION_CHARS) {
            throw new InvalidInputException("'description' must be at most " + MAX_DESCRIPTION_CHARS
                    + " characters.", "description", "invalid_description");
        }
        return description.strip();
    }
}
