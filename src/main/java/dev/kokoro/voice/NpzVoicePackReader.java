package dev.kokoro.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numpy {@code .npz} archive (a zip of {@code .npy} arrays, stored or deflated), one array per voice named by
 * its entry: kokoro-onnx's {@code voices-v1.0.bin} is one, despite its extension, so it is recognised by
 * content. A PyTorch {@code .pt} is also a zip; it holds no {@code .npy} entries.
 */
public final class NpzVoicePackReader implements VoicePackReader {
    private static final String NPY = ".npy";

    @Override
    public boolean canRead(VoicePackFile file) {
        return file.isZip() && !file.zipEntries().isEmpty()
                && file.zipEntries().stream().allMatch(name -> name.endsWith(NPY) || name.endsWith("/"));
    }

    @Override
    public Map<String, VoiceTable> read(VoicePackFile file) {
        List<String> arrays = file.zipEntries().stream().filter(name -> name.endsWith(NPY)).toList();
        Map<String, VoiceTable> voices = new LinkedHashMap<>();
        VoicePackIO.readZipEntries(file, arrays).forEach((entry, npy) -> {
            String name = entry.substring(entry.lastIndexOf('/') + 1, entry.length() - NPY.length());
            voices.put(name, NpyVoicePackReader.decode(file, entry, npy));
        });
        return voices;
    }
}
