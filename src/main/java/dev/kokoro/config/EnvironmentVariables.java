package dev.kokoro.config;

import dev.kokoro.text.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code KOKORO_*} environment variables: each names a setting ({@code KOKORO_MAX_STREAMS} is
 * {@code max-streams}), or is read by the scripts or the logging before any setting is, or is a mistake. A
 * mistake is otherwise silent (the setting keeps its value), hence a warning that names the closest setting.
 */
final class EnvironmentVariables {
    static final String PREFIX = "KOKORO_";

    /** Variables that are not settings, and who reads them. */
    private static final Set<String> NOT_SETTINGS = Set.of(
            "KOKORO_HOME", "KOKORO_CONFIG_DIR",                      // Settings itself: where the config files are
            "KOKORO_LOG_LEVEL",                                      // logback.xml, before any setting is read
            "KOKORO_JAVA_OPTS",                                      // scripts/kokoro: the JVM's flags
            "KOKORO_ROOT",                                           // scripts/lib/common.sh: the checkout
            "KOKORO_ASSETS_URL", "KOKORO_ASSETS_MODEL",              // scripts/fetch-assets: where and which model
            "KOKORO_JDK_URL", "KOKORO_JDK_DIR",                      // scripts/lib/common.sh: the JDK it provisions
            "KOKORO_TEST_ASSETS", "KOKORO_SMOKE_PORT",               // scripts/test and scripts/smoke-test
            "KOKORO_G2P_EVALUATION_WORDS",                           // scripts/g2p-eval
            "KOKORO_API_KEY");                                       // src/test/sdk: the OpenAI SDK check's key

    private EnvironmentVariables() {
    }

    /** The setting a variable names: {@code KOKORO_MAX_STREAMS} is {@code max-streams}. */
    static String settingKey(String variable) {
        return variable.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One warning for each {@code KOKORO_*} variable that neither names a setting nor is read elsewhere. */
    static List<String> warnings(Collection<String> variables, Set<String> settings) {
        List<String> warnings = new ArrayList<>();
        for (String variable : new TreeSet<>(variables)) {
            if (!variable.startsWith(PREFIX) || NOT_SETTINGS.contains(variable)
                    || settings.contains(settingKey(variable))) {
                continue;
            }
            String warning = "Ignoring the environment variable " + variable + ": no setting is called '"
                    + settingKey(variable) + "'";
            warnings.add(closest(settingKey(variable), settings)
                    .map(key -> warning + " (did you mean " + variable(key) + ", setting '" + key + "'?)")
                    .orElse(warning));
        }
        return warnings;
    }

    /** The setting within a few edits of {@code key}: the closest, the first alphabetically among equals. */
    static Optional<String> closest(String key, Set<String> settings) {
        int tolerance = Math.max(2, key.length() / 4);
        return settings.stream()
                .filter(setting -> EditDistance.levenshtein(key, setting) <= tolerance)
                .min(Comparator.comparingInt((String setting) -> EditDistance.levenshtein(key, setting))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static String variable(String key) {
        return PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
