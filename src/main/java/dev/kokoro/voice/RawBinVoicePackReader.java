package dev.kokoro.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * Headerless little-endian float32, 510×256 values: the {@code voices/<name>.bin} files of onnx-community's
 * Kokoro export and kokoro-js. Having no signature, a {@code .bin} file is taken to be this format only when
 * it is neither a zip nor a {@code .npy} (kokoro-onnx's {@code voices-v1.0.bin} is an npz).
 */
public final class RawBinVoicePackReader implements VoicePackReader {

    @Override
    public boolean canRead(VoicePackFile file) {
        return file.fileName().endsWith(".bin") && !file.isZip() && !file.startsWith(NpyVoicePackReader.MAGIC);
    }

    @Override
    public Map<String, VoiceTable> read(VoicePackFile file) {
        byte[] bytes = VoicePackIO.readAll(file);
        return Map.of(file.baseName(), VoicePackIO.decode(file, "", ByteBuffer.wrap(bytes), ByteOrder.LITTLE_ENDIAN));
    }
}
