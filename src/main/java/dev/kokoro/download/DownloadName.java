package dev.kokoro.download;

import dev.kokoro.audio.AudioFormat;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names of download files: 128 random bits as 32 lowercase hex digits, a dot and the extension of an
 * audio format ({@code 3f2a…9c.mp3}). Nothing with another name is ever served, so no decoding trick in a
 * request can name a file this server did not write; and a name cannot be guessed, so a link is only known
 * to whoever asked for the audio.
 */
final class DownloadName {
    private static final int RANDOM_BYTES = 16;
    /** Appended to the name while the file is written; a file with it is never served. */
    private static final String TEMP_SUFFIX = ".part";
    private static final Pattern VALID = Pattern.compile("[0-9a-f]{32}\\.("
            + Arrays.stream(AudioFormat.values()).map(AudioFormat::id).collect(Collectors.joining("|")) + ")");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DownloadName() {
    }

    /** A new random name for a file in this format. */
    static String random(AudioFormat format) {
        byte[] bits = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits) + "." + format.id();
    }

    /** The format of a valid name; empty for anything else, however it is spelled. */
    static Optional<AudioFormat> formatOf(String name) {
        Matcher m = VALID.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Arrays.stream(AudioFormat.values()).filter(f -> f.id().equals(m.group(1))).findFirst();
    }

    /** The audio format whose extension this is, exactly as {@link AudioFormat#id()} spells it. */
    static Optional<AudioFormat> formatOfExtension(String extension) {
        return Arrays.stream(AudioFormat.values()).filter(f -> f.id().equals(extension)).findFirst();
    }

    /** The name a file has while it is being written. */
    static String temp(String name) {
        return name + TEMP_SUFFIX;
    }

    /** Whether a file name is that of a file being written (or left half-written by a previous run). */
    static boolean isTemp(String fileName) {
        return fileName.endsWith(TEMP_SUFFIX)
                && VALID.matcher(fileName.substring(0, fileName.length() - TEMP_SUFFIX.length())).matches();
    }
}
