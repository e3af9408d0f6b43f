package dev.kokoro.voice;

import dev.kokoro.testing.TestAssets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Writes voice packs in the formats the readers take, from the floats of the real {@code .pt} files. */
public final class VoicePackFixtures {
    private VoicePackFixtures() {
    }

    /** The raw little-endian float32 bytes of a real pack, read straight from its zip entry. */
    public static byte[] rawBytes(String voice) {
        try (ZipFile zip = new ZipFile(TestAssets.voice(voice).toFile())) {
            ZipEntry data = zip.stream().filter(e -> e.getName().endsWith("/data/0")).findFirst().orElseThrow();
            return zip.getInputStream(data).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float[] floats(String voice) {
        float[] values = new float[VoiceTable.FLOATS];
        ByteBuffer.wrap(rawBytes(voice)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }

    /** A numpy .npy image as numpy writes it: magic, version, header padded with spaces to a multiple of 64. */
    public static byte[] npy(byte[] littleEndianData, String descr, String shape, int version) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int preamble = version == 1 ? 10 : 12;
        int total = preamble + dict.length() + 1;
        String header = dict + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteBuffer out = ByteBuffer.allocate(preamble + header.length() + littleEndianData.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        if (version == 1) {
            out.putShort((short) header.length());
        } else {
            out.putInt(header.length());
        }
        out.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(littleEndianData);
        return out.array();
    }

    public static byte[] npy(String voice, String shape, int version) {
        return npy(rawBytes(voice), "<f4", shape, version);
    }

    /** An npz with one [510, 1, 256] array per voice; {@code deflate} as np.savez_compressed, else as np.savez. */
    static void writeNpz(Path file, boolean deflate, String... voices) {
        Map<String, byte[]> arrays = Arrays.stream(voices).collect(Collectors.toMap(
                v -> v + ".npy", v -> npy(v, "(510, 1, 256)", 1), (a, b) -> a, LinkedHashMap::new));
        writeZip(file, deflate, arrays);
    }

    static void writeZip(Path file, boolean deflate, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (!deflate) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
