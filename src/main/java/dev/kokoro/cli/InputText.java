package dev.kokoro.cli;

import dev.kokoro.error.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text read from a file, or from standard input for {@code -}, as UTF-8. */
final class InputText {
    static final String STDIN = "-";

    private InputText() {
    }

    /**
     * @throws InvalidInputException if the file cannot be read or is not UTF-8 text
     */
    static String read(String file) {
        String name = file.equals(STDIN) ? "standard input" : file;
        try {
            byte[] bytes = file.equals(STDIN) ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark is not text
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name + " is not UTF-8 text.", "file", "unreadable_file", e);
        } catch (FileSystemException e) {
            throw new InvalidInputException("Cannot read " + name + ": " + AtomicFile.reason(e) + ".", "file",
                    "unreadable_file", e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + name + ": " + e.getMessage(), "file",
                    "unreadable_file", e);
        }
    }
}
