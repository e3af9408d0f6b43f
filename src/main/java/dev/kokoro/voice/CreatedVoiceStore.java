package dev.kokoro.voice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The created voices on disk, two files each in one folder: {@code <id>.pt}, the pack as {@link PtVoicePackWriter}
 * writes it, and {@code <id>.json}, its details. Every file is written under a temporary name, flushed to disk and
 * renamed into place atomically, and the details go last: a voice exists once its {@code .json} does, so a crash
 * at any moment leaves either the whole voice or none of it (at worst a pack without details, which is no voice and
 * is replaced by the next voice of that id). A delete removes the details first for the same reason.
 *
 * <p>Not thread-safe: {@link VoiceRegistry} makes one change at a time.
 */
final class CreatedVoiceStore {
    private static final Logger LOG = LoggerFactory.getLogger(CreatedVoiceStore.class);
    private static final String PACK = ".pt";
    private static final String DETAILS = ".json";
    /** Files being written or uploads being read; hidden, so nothing else takes them for voices. */
    private static final String TEMP_PREFIX = ".tmp-";

    private final Path dir;
    private final ObjectMapper json = new ObjectMapper();

    private CreatedVoiceStore(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens the folder, clearing what an interrupted write left behind. A missing folder is made by the first
     * voice created, so that a server whose data folder is read-only still starts (and says why at a create).
     *
     * @throws UncheckedIOException if the folder exists and cannot be listed or cleared
     */
    static CreatedVoiceStore open(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new CreatedVoiceStore(dir);
        }
        try {
            for (Path file : list(dir)) {
                if (file.getFileName().toString().startsWith(TEMP_PREFIX)) {
                    LOG.info("Removing {}, left by an interrupted write", file);
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the created voices folder " + dir.toAbsolutePath(), e);
        }
        return new CreatedVoiceStore(dir);
    }

    /**
     * Every voice in the folder. One that cannot be read is logged and left out (and its files left alone for
     * the operator to look at), so one damaged voice does not keep the server from starting.
     */
    List<CreatedVoice> load(VoicePackReaders readers) {
        List<CreatedVoice> voices = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return voices;
        }
        for (Path file : list(dir)) {
            if (file.getFileName().toString().endsWith(DETAILS)) {
                try {
                    voices.add(read(file, readers));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping the created voice {}: {}", file, e.getMessage());
                }
            }
        }
        return voices;
    }

    private CreatedVoice read(Path detailsFile, VoicePackReaders readers) throws IOException {
        JsonNode details = json.readTree(detailsFile.toFile());
        String id = text(details, "id");
        if (!detailsFile.getFileName().toString().equals(id + DETAILS)) {
            throw new IOException("its id '" + id + "' is not its file name");
        }
        Map<String, VoiceTable> packs = readers.read(VoicePackFile.probe(sibling(detailsFile, PACK)));
        if (packs.size() != 1) {
            throw new IOException("its pack " + id + PACK + " holds " + packs.size() + " voices, not one");
        }
        Language language;
        try {
            language = Language.ofCode(text(details, "language"), "language");
        } catch (InvalidInputException e) {
            throw new IOException(e.getMessage(), e);
        }
        JsonNode formula = details.get("formula");
        return new CreatedVoice(id, text(details, "name"), text(details, "description"), language,
                Gender.ofTag(text(details, "gender")), details.path("created_at").asLong(),
                formula == null || formula.isNull() ? null : formula.asText(),
                new Voice(id, language, packs.values().iterator().next()));
    }

    private static String text(JsonNode details, String field) throws IOException {
        JsonNode value = details.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("no text field \"" + field + "\"");
        }
        return value.asText();
    }

    /** Writes a new voice: its pack, then its details. */
    void save(CreatedVoice voice) {
        writeAtomically(dir.resolve(voice.id() + PACK), out -> PtVoicePackWriter.write(voice.voice(), voice.id(), out));
        saveDetails(voice);
    }

    /** Rewrites the details of a voice whose pack is already saved. */
    void saveDetails(CreatedVoice voice) {
        ObjectNode details = json.createObjectNode()
                .put("id", voice.id())
                .put("name", voice.name())
                .put("description", voice.description())
                .put("language", voice.language().tag())
                .put("gender", voice.gender().tag())
                .put("created_at", voice.createdAt());
        if (voice.formula() != null) {
            details.put("formula", voice.formula());
        }
        writeAtomically(dir.resolve(voice.id() + DETAILS),
                out -> out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(details)));
    }

    /** Removes a voice: its details, which unmake it, then its pack. */
    void delete(String id) {
        try {
            Files.deleteIfExists(dir.resolve(id + DETAILS));
            Files.deleteIfExists(dir.resolve(id + PACK));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the created voice " + id + " in " + dir.toAbsolutePath(), e);
        }
    }

    /**
     * Puts uploaded bytes in a temporary file named with {@code extension}, which the pack readers go by where
     * a format has no signature; the caller deletes it with {@link #discard}.
     */
    Path stage(byte[] content, String extension) {
        Path file = dir.resolve(TEMP_PREFIX + "upload-" + UUID.randomUUID() + extension);
        try {
            Files.createDirectories(dir);
            return Files.write(file, content);
        } catch (IOException e) {
            discard(file);
            throw new UncheckedIOException("Cannot stage an uploaded voice in " + dir.toAbsolutePath(), e);
        }
    }

    void discard(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            LOG.warn("Cannot delete the temporary file {} (it goes at the next start): {}", staged, e.toString());
        }
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private void writeAtomically(Path target, Writer writer) {
        Path temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.write(out);
                out.flush();
                channel.force(true);
            }
            // On POSIX file systems an atomic rename replaces the target in one step.
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            discard(temp);
            throw new UncheckedIOException("Cannot write " + target.toAbsolutePath(), e);
        }
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the created voices folder " + dir.toAbsolutePath(), e);
        }
    }
}
