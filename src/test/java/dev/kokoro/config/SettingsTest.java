package dev.kokoro.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path home;

    private Map<String, String> env(String... extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("KOKORO_HOME", home.toString()));
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return env;
    }

    private void write(String file, String content) throws IOException {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config").resolve(file), content);
    }

    @Test
    void builtInDefaultsApplyWithoutAnyFile() {
        ServerConfig config = ServerConfig.from(Settings.load(env(), Map.of()));
        assertThat(config.port()).isEqualTo(8880);
        assertThat(config.device()).isEqualTo("cpu");
        assertThat(config.maxInputChars()).isEqualTo(4096);
        assertThat(config.model()).isEqualTo(home.resolve("models/kokoro-v1.0.onnx"));
        assertThat(config.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(config.preloadLanguages()).containsExactlyInAnyOrder(Language.values());
        assertThat(config.liveFirst()).isTrue();
        assertThat(config.backgroundChunkTokens()).isEqualTo(100);
    }

    @Test
    void preloadLanguagesTakesCodesTagsOrNone() {
        assertThat(ServerConfig.from(Settings.load(env(), Map.of("preload-languages", "j, zh"))).preloadLanguages())
                .containsExactly(Language.JAPANESE, Language.MANDARIN_CHINESE);
        assertThat(ServerConfig.from(Settings.load(env(), Map.of("preload-languages", "none"))).preloadLanguages())
                .isEmpty();
        assertThatThrownBy(() -> ServerConfig.from(Settings.load(env(), Map.of("preload-languages", "j,klingon"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("preload-languages").hasMessageContaining("klingon");
    }

    @Test
    void eachLayerOverridesTheOneBelow() throws IOException {
        write("installed.properties", "model=models/kokoro-v1.0.int8.onnx\nport=1001\nworkers=2\nlookahead=3\n");
        write("kokoro.properties", "port=1002\nworkers=3\n");
        Settings settings = Settings.load(env("KOKORO_WORKERS", "4", "KOKORO_MAX_INPUT_CHARS", "100"),
                Map.of("lookahead", "5"));
        ServerConfig config = ServerConfig.from(settings);
        assertThat(config.model()).isEqualTo(home.resolve("models/kokoro-v1.0.int8.onnx")); // installed
        assertThat(config.port()).isEqualTo(1002);                                        // operator's file
        assertThat(config.workers()).isEqualTo(4);                                        // environment
        assertThat(config.maxInputChars()).isEqualTo(100);                                // environment, dashes
        assertThat(config.lookahead()).isEqualTo(5);                                      // command line
    }

    @Test
    void jobSettingsDefaultToTheEmbeddedDatabaseAndTakeKokoroDbUrl() {
        JobsConfig defaults = ServerConfig.from(Settings.load(env(), Map.of())).jobs();
        assertThat(defaults.dbUrl()).isEmpty();
        assertThat(defaults.workers()).isEqualTo(1);
        assertThat(defaults.leaseSeconds()).isEqualTo(30);
        assertThat(defaults.resultMinutes()).isEqualTo(30);
        assertThat(defaults.callbackSecret()).isEmpty();

        JobsConfig shared = ServerConfig.from(Settings.load(env("KOKORO_DB_URL", "jdbc:postgresql://db:5432/kokoro",
                "KOKORO_DB_PASSWORD", "hunter2-password", "KOKORO_CALLBACK_SECRET", "whisper-secret"), Map.of("job-workers", "2"))).jobs();
        assertThat(shared.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/kokoro");
        assertThat(shared.workers()).isEqualTo(2);
        assertThat(shared.toString()).contains("jdbc:postgresql://db:5432/kokoro").doesNotContain("hunter2-password", "whisper-secret");
    }

    @Test
    void absolutePathsStayAbsolute() {
        ServerConfig config = ServerConfig.from(Settings.load(env(), Map.of("voices-dir", "/srv/voices")));
        assertThat(config.voicesDir()).isEqualTo(Path.of("/srv/voices"));
    }

    @Test
    void mistakesNameTheSettingAndWhereItCameFrom() throws IOException {
        assertThatThrownBy(() -> Settings.load(env(), Map.of("prot", "1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("Unknown setting 'prot' (did you mean 'port'?)");
        write("kokoro.properties", "port=eighty\n");
        assertThatThrownBy(() -> ServerConfig.from(Settings.load(env(), Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'port'").hasMessageContaining("kokoro.properties").hasMessageContaining("eighty");
        assertThatThrownBy(() -> ServerConfig.from(Settings.load(env("KOKORO_DEVICE", "gpu"), Map.of())))
                .isInstanceOf(ConfigException.class).hasMessageContaining("device");
        assertThatThrownBy(() -> ServerConfig.from(Settings.load(env(), Map.of("chunk-tokens", "600"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("510");
    }

    @Test
    void unrelatedEnvironmentVariablesAreIgnored() {
        ServerConfig config = ServerConfig.from(Settings.load(env("KOKORO_SOMETHING_ELSE", "x", "PORT", "1"), Map.of()));
        assertThat(config.port()).isEqualTo(8880);
    }
    @Test
    void accessIsOpenByDefault() {
        ServerConfig config = ServerConfig.from(Settings.load(env(), Map.of()));
        assertThat(config.access().apiKeys()).isEmpty();
        assertThat(config.access().apiKeysFile()).isEmpty();
        assertThat(config.access().metricsToken()).isEmpty();
        assertThat(config.access().corsOrigins()).isEmpty();
        assertThat(config.devRoutes()).isTrue();
    }

    @Test
    void apiKeysComeFromTheEnvironmentAndTheKeysFileIsResolvedAgainstHome() {
        ServerConfig config = ServerConfig.from(Settings.load(env(
                "KOKORO_API_KEYS", " first-key-0123456789, second-key-0123456789 ,",
                "KOKORO_API_KEYS_FILE", "config/keys.txt",
                "KOKORO_CORS_ORIGINS", "https://app.example.com, http://localhost:*",
                "KOKORO_KEY_CHARS_PER_DAY", "100000"), Map.of("dev-routes", "false")));
        assertThat(config.access().apiKeys()).containsExactly("first-key-0123456789", "second-key-0123456789");
        assertThat(config.access().apiKeysFile()).hasValue(home.resolve("config/keys.txt"));
        assertThat(config.access().corsOrigins()).containsExactly("https://app.example.com", "http://localhost:*");
        assertThat(config.access().keyCharsPerDay()).isEqualTo(100_000);
        assertThat(config.devRoutes()).isFalse();
    }
}
