package dev.kokoro.auth;

import dev.kokoro.config.ConfigException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys the server accepts, from the {@code api-keys} setting and the keys file together. With none, every
 * request is served as before: keys are off. Immutable and thread-safe.
 */
public final class ApiKeys {
    private final List<ApiKey> keys;

    private ApiKeys(List<ApiKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * @param plainKeys keys as given in the settings (named {@code api-keys#1}, {@code #2}, ...)
     * @param file      the keys file, if one is set
     * @param defaults  the limits of a key that states none of its own
     */
    public static ApiKeys load(List<String> plainKeys, Optional<Path> file, KeyLimits defaults) {
        List<ApiKey> keys = new ArrayList<>();
        for (int i = 0; i < plainKeys.size(); i++) {
            try {
                KeyHash.requireUsable(plainKeys.get(i));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("Setting 'api-keys', key " + (i + 1) + ": " + e.getMessage(), e);
            }
            keys.add(new ApiKey("api-keys#" + (i + 1), KeyHash.digest(plainKeys.get(i)), defaults));
        }
        file.ifPresent(f -> keys.addAll(KeyFile.read(f, defaults)));
        requireDistinct(keys);
        return new ApiKeys(keys);
    }

    /** Quotas are kept by name, so two keys with one name would share them; one key listed twice is a slip. */
    private static void requireDistinct(List<ApiKey> keys) {
        Set<String> names = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (ApiKey key : keys) {
            if (!names.add(key.name())) {
                throw new ConfigException("Two API keys are named '" + key.name() + "'");
            }
            if (!hashes.add(HexFormat.of().formatHex(key.sha256()))) {
                throw new ConfigException("The API key named '" + key.name() + "' is listed twice");
            }
        }
    }

    /** Whether requests must carry a key. */
    public boolean required() {
        return !keys.isEmpty();
    }

    public int size() {
        return keys.size();
    }

    /**
     * The key a client presented, if the server knows it. Every stored hash is compared, in constant time, whatever
     * matched: how long the check takes tells nothing about which key, or how much of one, was right.
     */
    public Optional<ApiKey> match(String presented) {
        byte[] digest = KeyHash.digest(presented);
        ApiKey found = null;
        for (ApiKey key : keys) {
            if (MessageDigest.isEqual(digest, key.sha256()) && found == null) {
                found = key;
            }
        }
        return Optional.ofNullable(found);
    }
}
