package dev.kokoro.voice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the reader for a file by content, then by extension. Immutable and thread-safe.
 */
public final class VoicePackReaders {
    /** Extensions that promise a voice pack: such a file no reader accepts is an error, not something to skip. */
    static final Set<String> PACK_EXTENSIONS = Set.of(".pt", ".pth", ".npy", ".npz", ".bin");

    private final List<VoicePackReader> readers;

    public VoicePackReaders(List<VoicePackReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** PyTorch {@code .pt}, numpy {@code .npz} and {@code .npy}, raw float32 {@code .bin}. */
    public static VoicePackReaders standard() {
        return new VoicePackReaders(List.of(new PtVoicePackReader(), new NpzVoicePackReader(),
                new NpyVoicePackReader(), new RawBinVoicePackReader()));
    }

    /** The first reader that recognises {@code file}. */
    public Optional<VoicePackReader> readerFor(VoicePackFile file) {
        return readers.stream().filter(r -> r.canRead(file)).findFirst();
    }

    /**
     * The voices in {@code file}; empty when the file is not a voice pack at all (a README beside the packs).
     *
     * @throws VoiceLoadException if it is recognised, or named like a pack, and cannot be read
     */
    public Map<String, VoiceTable> read(VoicePackFile file) {
        Optional<VoicePackReader> reader = readerFor(file);
        if (reader.isPresent()) {
            return reader.get().read(file);
        }
        if (looksLikePack(file)) {
            throw VoicePackIO.corrupt(file, "", "not in a supported format (PyTorch zip .pt, numpy .npy/.npz,"
                    + " raw little-endian float32 .bin)");
        }
        return Map.of();
    }

    private static boolean looksLikePack(VoicePackFile file) {
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        return dot >= 0 && PACK_EXTENSIONS.contains(name.substring(dot));
    }
}
