package dev.kokoro.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a hidden temporary file beside it, then moved over the final
 * name in one step. A run killed half-way never leaves a half file under a name that looks finished,
 * which is what lets {@code kokoro dataset} take every file it finds as done.
 */
final class AtomicFile {
    private AtomicFile() {
    }

    /** What goes into the file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Path temp = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            Files.deleteIfExists(temp);
            throw new IOException("Cannot write " + target + ": " + reason(e), e);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** What the file system said, in words: Java's file exceptions often carry only the path. */
    static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> "no such file or directory";
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.NotDirectoryException n -> "not a directory";
            case java.nio.file.FileAlreadyExistsException f -> "a file is in the way";
            default -> e.getClass().getSimpleName();
        };
    }
}
