package dev.kokoro.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A candidate voice pack file with what format detection needs, read once: its first bytes and, for a zip,
 * the entry names (a PyTorch {@code .pt} and a numpy {@code .npz} are both zips and differ only inside).
 * Immutable.
 */
public final class VoicePackFile {
    private static final int HEAD_BYTES = 8;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path path;
    private final String label;
    private final byte[] head;
    private final List<String> zipEntries;

    private VoicePackFile(Path path, String label, byte[] head, List<String> zipEntries) {
        this.path = path;
        this.label = label;
        this.head = head;
        this.zipEntries = zipEntries;
    }

    /** Reads the signature of {@code path}. */
    public static VoicePackFile probe(Path path) {
        return probe(path, path.toString());
    }

    /**
     * Reads the signature of {@code path}, a file that errors call {@code label}: an upload staged under a
     * temporary name is named as its sender named it, and the server's folders stay out of the answer.
     */
    public static VoicePackFile probe(Path path, String label) {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new VoiceLoadException("Cannot read voice file " + label + ": " + e, e);
        }
        List<String> entries = startsWith(head, ZIP_MAGIC) ? entriesOf(path, label) : List.of();
        return new VoicePackFile(path, label, head, entries);
    }

    private static List<String> entriesOf(Path path, String label) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            return Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        } catch (IOException e) {
            throw new VoiceLoadException("Voice file " + label + " starts like a zip but is not a readable zip: "
                    + e, e);
        }
    }

    public Path path() {
        return path;
    }

    /** Whether the file begins with {@code signature}. */
    public boolean startsWith(byte[] signature) {
        return startsWith(head, signature);
    }

    /** Whether the file begins with the zip signature. */
    public boolean isZip() {
        return startsWith(ZIP_MAGIC);
    }

    /** The names of the entries if the file is a zip, else empty. */
    public List<String> zipEntries() {
        return zipEntries;
    }

    /** The file name in lower case, for extension checks. */
    public String fileName() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** The file name without its extension, as written: the voice name of a one-voice file. */
    public String baseName() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public String toString() {
        return label;
    }
}
