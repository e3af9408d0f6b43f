package dev.kokoro.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * PyTorch's zip format ({@code torch.save}), as the official {@code voices/<name>.pt} files use it: one tensor
 * whose storage is the entry {@code <archive>/data/0}, raw float32 in the order named by
 * {@code <archive>/byteorder} (little-endian when absent, as in files from before PyTorch wrote it).
 *
 * <p>The voice is named after the file, not the archive folder inside it: community packs are often renamed
 * copies ({@code af_jadzia.pt} holds {@code af_jade/}). The pickled tensor header is not interpreted; a pack
 * is recognised by having exactly one storage of exactly 510×256 floats.
 */
public final class PtVoicePackReader implements VoicePackReader {
    private static final String STORAGE = "/data/0";

    @Override
    public boolean canRead(VoicePackFile file) {
        return file.isZip() && file.zipEntries().stream().anyMatch(name -> name.endsWith("/data.pkl"));
    }

    @Override
    public Map<String, VoiceTable> read(VoicePackFile file) {
        List<String> storages = file.zipEntries().stream().filter(name -> name.matches("[^/]+/data/\\d+")).toList();
        if (storages.size() != 1 || !storages.getFirst().endsWith(STORAGE)) {
            throw VoicePackIO.corrupt(file, "", "expected one tensor storage " + STORAGE + ", found " + storages);
        }
        String storage = storages.getFirst();
        String byteOrderEntry = storage.substring(0, storage.length() - STORAGE.length()) + "/byteorder";
        boolean hasByteOrder = file.zipEntries().contains(byteOrderEntry);
        Map<String, byte[]> entries = VoicePackIO.readZipEntries(file,
                hasByteOrder ? List.of(storage, byteOrderEntry) : List.of(storage));
        ByteOrder order = hasByteOrder ? byteOrder(file, entries.get(byteOrderEntry)) : ByteOrder.LITTLE_ENDIAN;
        VoiceTable table = VoicePackIO.decode(file, storage, ByteBuffer.wrap(entries.get(storage)), order);
        return Map.of(file.baseName(), table);
    }

    private static ByteOrder byteOrder(VoicePackFile file, byte[] entry) {
        String order = new String(entry, StandardCharsets.US_ASCII).trim();
        return switch (order) {
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            case "big" -> ByteOrder.BIG_ENDIAN;
            default -> throw VoicePackIO.corrupt(file, "byteorder", "unknown byte order '" + order + "'");
        };
    }
}
