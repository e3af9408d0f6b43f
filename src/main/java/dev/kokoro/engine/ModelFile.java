package dev.kokoro.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A model file on disk, identified by its content.
 *
 * @param known the release it is, when its sha256 is one we know
 */
public record ModelFile(Path path, long sizeBytes, String sha256, Optional<KnownModelFile> known) {

    /** Reads the whole file once to hash it: 0.16–0.3 s per 163 MB here (SHA-NI), more on a cold disk. */
    public static ModelFile read(Path path) {
        MessageDigest digest = sha256Digest();
        long size = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read the model file " + path + ": " + e.getMessage(), e);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        return new ModelFile(path, size, sha256, KnownModelFile.bySha256(sha256));
    }

    /** For the startup log: {@code 325.5 MB, sha256 7d5df8ecf7d4…, official kokoro-v1.0.onnx}. */
    public String describe() {
        return String.format("%.1f MB, sha256 %s…, %s", sizeBytes / 1e6, sha256.substring(0, 12),
                known.map(KnownModelFile::describe).orElse("not a known release"));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
