package dev.kokoro.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's key/value settings, layered from lowest to highest precedence: built-in defaults,
 * {@code config/installed.properties} (written by scripts/fetch-assets),
 * {@code config/kokoro.properties} (the operator's), {@code KOKORO_*} environment variables, and
 * command-line overrides. Immutable.
 */
public final class Settings {
    private static final Logger log = LoggerFactory.getLogger(Settings.class);

    private final Map<String, String> values;
    private final Map<String, String> sources;
    private final Path home;
    private final Path configDir;

    private Settings(Map<String, String> values, Map<String, String> sources, Path home, Path configDir) {
        this.values = Map.copyOf(values);
        this.sources = Map.copyOf(sources);
        this.home = home;
        this.configDir = configDir;
    }

    /**
     * Loads every layer. {@code KOKORO_HOME} (else the working directory) anchors relative paths;
     * {@code KOKORO_CONFIG_DIR} (else {@code <home>/config}) holds the config files.
     */
    public static Settings load(Map<String, String> env, Map<String, String> overrides) {
        Path home = Path.of(env.getOrDefault("KOKORO_HOME", "")).toAbsolutePath().normalize();
        String configDirValue = env.get("KOKORO_CONFIG_DIR");
        Path configDir = configDirValue == null ? home.resolve("config") : home.resolve(configDirValue);
        Map<String, String> values = new TreeMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Properties defaults = readDefaults();
        defaults.stringPropertyNames().forEach(k -> put(values, sources, k, defaults.getProperty(k), "default"));
        for (String file : new String[] {"installed.properties", "kokoro.properties"}) {
            Path path = configDir.resolve(file);
            if (Files.isRegularFile(path)) {
                Properties p = readFile(path);
                p.stringPropertyNames().forEach(k -> put(values, sources, k, p.getProperty(k), path.toString()));
            }
        }
        env.forEach((name, value) -> {
            if (name.startsWith(EnvironmentVariables.PREFIX)) {
                String key = EnvironmentVariables.settingKey(name);
                if (values.containsKey(key)) {
                    put(values, sources, key, value, "env " + name);
                }
            }
        });
        EnvironmentVariables.warnings(env.keySet(), values.keySet()).forEach(log::warn);
        overrides.forEach((k, v) -> {
            if (!values.containsKey(k)) {
                String guess = EnvironmentVariables.closest(k, values.keySet())
                        .map(key -> " (did you mean '" + key + "'?)").orElse("");
                throw new ConfigException("Unknown setting '" + k + "'" + guess + ". Known settings: "
                        + values.keySet());
            }
            put(values, sources, k, v, "command line");
        });
        return new Settings(values, sources, home, configDir);
    }

    private static void put(Map<String, String> values, Map<String, String> sources, String k, String v, String source) {
        values.put(k, v.trim());
        sources.put(k, source);
    }

    private static Properties readDefaults() {
        try (InputStream in = Settings.class.getResourceAsStream("/kokoro-defaults.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException | NullPointerException e) {
            throw new ConfigException("Built-in defaults are missing from the server jar", e);
        }
    }

    private static Properties readFile(Path path) {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    public Path home() {
        return home;
    }

    public Path configDir() {
        return configDir;
    }

    public String string(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new ConfigException("Setting '" + key + "' is not defined");
        }
        return v;
    }

    public int integer(String key, int min, int max) {
        String v = string(key);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new ConfigException(describe(key) + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(describe(key) + " must be a whole number, was '" + v + "'", e);
        }
    }

    /** {@code true} or {@code false}, any case. */
    public boolean bool(String key) {
        String v = string(key).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(describe(key) + " must be true or false, was '" + v + "'");
        };
    }

    /** {@code name=value} pairs separated by commas, e.g. {@code narrator=af_bella(2)+af_sky, hero=am_adam}. */
    public Map<String, String> pairs(String key) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : string(key).split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(eq + 1).isBlank()) {
                throw new ConfigException(describe(key) + " must be name=value pairs separated by commas, had '"
                        + pair.strip() + "'");
            }
            pairs.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return pairs;
    }

    /** A path setting, resolved against the home directory when relative. */
    public Path path(String key) {
        return home.resolve(string(key)).normalize();
    }

    private String describe(String key) {
        return "Setting '" + key + "' (from " + sources.get(key) + ")";
    }
}
