package dev.kokoro.voice;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The published facts about known voices, from {@code config/voices.tsv}: a header line, then
 * {@code id, language tag, gender, target quality, overall grade} separated by tabs (grades may be empty;
 * {@code #} starts a comment line). Target quality is kept in the file for readers; only the overall grade is
 * shown to clients. Immutable and thread-safe.
 */
public final class VoiceCatalog {
    private static final int COLUMNS = 5;

    private final Map<String, VoiceInfo> entries;

    private VoiceCatalog(Map<String, VoiceInfo> entries) {
        this.entries = entries;
    }

    /**
     * Reads a catalogue file.
     *
     * @throws VoiceLoadException if it is missing or a row is malformed, naming the file and line
     */
    public static VoiceCatalog load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VoiceLoadException("Cannot read the voice catalogue " + file + ": " + e, e);
        }
        Map<String, VoiceInfo> entries = new LinkedHashMap<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            VoiceInfo info = parse(line, file, i + 1);
            if (entries.putIfAbsent(info.id(), info) != null) {
                throw rowError(file, i + 1, "voice " + info.id() + " is listed twice");
            }
        }
        return new VoiceCatalog(Map.copyOf(entries));
    }

    private static VoiceInfo parse(String line, Path file, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS) {
            throw rowError(file, lineNumber, "expected " + COLUMNS + " tab-separated columns, found " + cells.length);
        }
        String id = cells[0].strip().toLowerCase(Locale.ROOT);
        try {
            Language language = Language.ofCode(cells[1], "language");
            if (language != Language.ofVoiceId(id)) {
                throw rowError(file, lineNumber, "language " + cells[1] + " contradicts the prefix of " + id);
            }
            String grade = cells[4].strip();
            return new VoiceInfo(id, VoiceInfo.displayName(id), language, Gender.ofTag(cells[2]),
                    grade.isEmpty() ? null : grade);
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw rowError(file, lineNumber, e.getMessage());
        }
    }

    private static VoiceLoadException rowError(Path file, int line, String problem) {
        return new VoiceLoadException("Voice catalogue " + file + ", line " + line + ": " + problem);
    }

    /** The catalogue row for {@code id} (lower case), if there is one. */
    public Optional<VoiceInfo> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The catalogue row for {@code id}, or what the id itself says when the catalogue has none. */
    public VoiceInfo infoFor(String id) {
        return find(id).orElseGet(() -> VoiceInfo.fromId(id));
    }

    /** Every row, sorted by id. */
    public List<VoiceInfo> entries() {
        return entries.values().stream().sorted(Comparator.comparing(VoiceInfo::id)).toList();
    }
}
