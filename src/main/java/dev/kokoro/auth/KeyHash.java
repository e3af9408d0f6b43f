package dev.kokoro.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The stored form of a key: {@code sha256:<64 hex digits>}. A plain SHA-256, without salt or stretching, fits
 * because keys are long random strings (at least {@value #MIN_KEY_LENGTH} characters), not passwords a dictionary
 * could guess; it keeps checking a key as cheap as the request it guards.
 */
public final class KeyHash {
    public static final String PREFIX = "sha256:";
    /** Shorter secrets are refused: they could be guessed, by a person or by a loop. */
    public static final int MIN_KEY_LENGTH = 16;
    private static final int HEX_DIGITS = 64;

    private KeyHash() {
    }

    /** The SHA-256 of a key's UTF-8 bytes. */
    public static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A key's line for the keys file; the key is checked first, as {@link #requireUsable} does. */
    public static String line(String key) {
        requireUsable(key);
        return PREFIX + HexFormat.of().formatHex(digest(key));
    }

    /** The digest a {@code sha256:<hex>} field holds. */
    static byte[] parse(String field) {
        String lower = field.toLowerCase(Locale.ROOT);
        if (!lower.startsWith(PREFIX) || lower.length() != PREFIX.length() + HEX_DIGITS
                || !lower.substring(PREFIX.length()).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("a key's hash is 'sha256:' and 64 hex digits (from 'kokoro hash-key')");
        }
        return HexFormat.of().parseHex(lower.substring(PREFIX.length()));
    }

    /**
     * Refuses a key that is too short to be secret, or that a client could not send as a bearer token or list in
     * a comma-separated setting: visible ASCII only, no comma.
     */
    public static void requireUsable(String key) {
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("an API key must have at least " + MIN_KEY_LENGTH + " characters, had "
                    + key.length());
        }
        if (!key.chars().allMatch(c -> c > ' ' && c < 0x7f && c != ',')) {
            throw new IllegalArgumentException("an API key may hold visible ASCII characters only, without commas "
                    + "or spaces");
        }
    }
}
