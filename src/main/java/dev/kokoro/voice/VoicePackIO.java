package dev.kokoro.voice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The file access the readers share, turning every failure into a {@link VoiceLoadException} naming the file. */
final class VoicePackIO {
    private VoicePackIO() {
    }

    static byte[] readAll(VoicePackFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new VoiceLoadException("Cannot read voice file " + file + ": " + e, e);
        }
    }

    /** Reads the named entries of a zip (each whole), in the order given. */
    static Map<String, byte[]> readZipEntries(VoicePackFile file, Iterable<String> names) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.path().toFile())) {
            for (String name : names) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new VoiceLoadException("Voice file " + file + " has no entry " + name);
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    contents.put(name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new VoiceLoadException("Cannot read voice file " + file + ": " + e, e);
        }
        return contents;
    }

    /** Decodes a whole pack of float32 values; {@code where} says which part of the file they came from. */
    static VoiceTable decode(VoicePackFile file, String where, ByteBuffer bytes, ByteOrder order) {
        try {
            return VoiceTable.decode(bytes, order);
        } catch (IllegalArgumentException e) {
            throw corrupt(file, where, e.getMessage());
        }
    }

    static VoiceLoadException corrupt(VoicePackFile file, String where, String problem) {
        String location = where.isEmpty() ? "" : " (" + where + ")";
        return new VoiceLoadException("Voice file " + file + location + " is not a valid voice pack: " + problem);
    }
}
