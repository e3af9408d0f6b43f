package dev.kokoro.config;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who may use the server: API keys (none: every request is served, as without this), the default limits of a
 * key, the token that guards {@code /metrics}, and the origins a browser page may call the API from.
 *
 * @param apiKeys                  plain keys from {@code api-keys} ({@code KOKORO_API_KEYS})
 * @param apiKeysFile              the file of hashed keys, if set
 * @param keyRequestsPerMinute     default requests per minute of a key; 0 no limit
 * @param keyCharsPerDay           default characters per UTC day of a key; 0 no limit
 * @param keyConcurrentStreams     default syntheses in progress at once per key; 0 no limit
 * @param metricsToken             the bearer token {@code /metrics} asks for; empty: open
 * @param corsOrigins              allowed origins; empty means this server's own and any port of localhost and
 *                                 127.0.0.1; {@code *} any
 */
public record AccessConfig(List<String> apiKeys, Optional<Path> apiKeysFile, int keyRequestsPerMinute,
        long keyCharsPerDay, int keyConcurrentStreams, String metricsToken, List<String> corsOrigins) {

    public AccessConfig {
        apiKeys = List.copyOf(apiKeys);
        corsOrigins = List.copyOf(corsOrigins);
    }

    public static AccessConfig from(Settings s) {
        String file = s.string("api-keys-file");
        return new AccessConfig(
                list(s.string("api-keys")),
                file.isEmpty() ? Optional.empty() : Optional.of(s.path("api-keys-file")),
                s.integer("key-requests-per-minute", 0, 1_000_000),
                s.integer("key-chars-per-day", 0, Integer.MAX_VALUE),
                s.integer("key-concurrent-streams", 0, 100_000),
                s.string("metrics-token"),
                list(s.string("cors-origins")));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
