package dev.kokoro.auth;

import dev.kokoro.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys file ({@code api-keys-file}): one key a line, as its hash, then optional {@code name=value} fields that
 * name the key and override the default limits for it:
 * <pre>
 * # comments and blank lines are skipped
 * sha256:9f86d08...0a08 name=alice requests-per-minute=120 chars-per-day=500000 concurrent-streams=4
 * </pre>
 * Plain keys never appear in it: {@code kokoro hash-key} turns a key into its line.
 */
final class KeyFile {
    private KeyFile() {
    }

    static List<ApiKey> read(Path file, KeyLimits defaults) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("Cannot read the keys file " + file + ": " + e.getMessage(), e);
        }
        List<ApiKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            try {
                keys.add(parse(line, where, defaults));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("Keys file " + file + ", line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return keys;
    }

    /** One line; a key without {@code name=} is named after where it is ({@code keys.txt:3}). */
    static ApiKey parse(String line, String where, KeyLimits defaults) {
        String[] fields = line.strip().split("\\s+");
        byte[] hash = KeyHash.parse(fields[0]);
        String name = where;
        int requests = defaults.requestsPerMinute();
        long chars = defaults.charsPerDay();
        int streams = defaults.concurrentStreams();
        for (int f = 1; f < fields.length; f++) {
            int eq = fields[f].indexOf('=');
            if (eq <= 0 || eq == fields[f].length() - 1) {
                throw new IllegalArgumentException("'" + fields[f] + "' is not a name=value field");
            }
            String field = fields[f].substring(0, eq);
            String value = fields[f].substring(eq + 1);
            switch (field) {
                case "name" -> name = value;
                case "requests-per-minute" -> requests = (int) limit(field, value, Integer.MAX_VALUE);
                case "chars-per-day" -> chars = limit(field, value, Long.MAX_VALUE);
                case "concurrent-streams" -> streams = (int) limit(field, value, Integer.MAX_VALUE);
                default -> throw new IllegalArgumentException("unknown field '" + field + "'; a line may have name, "
                        + "requests-per-minute, chars-per-day and concurrent-streams");
            }
        }
        return new ApiKey(name, hash, new KeyLimits(requests, chars, streams));
    }

    private static long limit(String field, String value, long max) {
        try {
            long n = Long.parseLong(value);
            if (n < 0 || n > max) {
                throw new IllegalArgumentException("'" + field + "' must be between 0 (no limit) and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + field + "' must be a whole number, was '" + value + "'", e);
        }
    }
}
