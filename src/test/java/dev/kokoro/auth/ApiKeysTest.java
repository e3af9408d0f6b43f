package dev.kokoro.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys from the setting and the file, how a presented key is matched, and the keys refused at start. */
class ApiKeysTest {
    private static final KeyLimits DEFAULTS = new KeyLimits(10, 0, 1);

    @Test
    void hashIsSha256OfTheKeyInHex() {
        assertThat(KeyHash.line("sk-test-0123456789abcdef"))
                .isEqualTo("sha256:c871f067542d565c57ebb8b54f99afe326644dceeb5c05fc2209a8161a52875e");
    }

    @Test
    void keysThatAreTooShortOrUnsendableAreRefused() {
        assertThatThrownBy(() -> KeyHash.line("short-key")).hasMessageContaining("at least 16 characters");
        assertThatThrownBy(() -> KeyHash.line("a key with spaces in it")).hasMessageContaining("visible ASCII");
        assertThatThrownBy(() -> KeyHash.line("comma,separated,keys,here")).hasMessageContaining("without commas");
        assertThatThrownBy(() -> KeyHash.line("clé-avec-accent-é")).hasMessageContaining("visible ASCII");
        assertThatThrownBy(() -> ApiKeys.load(List.of("correct-horse-battery", "tiny"), Optional.empty(), DEFAULTS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'api-keys', key 2");
    }

    @Test
    void noKeysMeansNoneRequired() {
        ApiKeys keys = ApiKeys.load(List.of(), Optional.empty(), DEFAULTS);
        assertThat(keys.required()).isFalse();
        assertThat(keys.match("correct-horse-battery")).isEmpty();
    }

    @Test
    void matchesKeysFromTheSettingAndTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, KeyHash.line("second-key-abcdefghij") + " name=ci requests-per-minute=99\n");

        ApiKeys keys = ApiKeys.load(List.of("correct-horse-battery"), Optional.of(file), DEFAULTS);

        assertThat(keys.required()).isTrue();
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.match("correct-horse-battery")).hasValueSatisfying(k -> {
            assertThat(k.name()).isEqualTo("api-keys#1");
            assertThat(k.limits()).isEqualTo(DEFAULTS);
        });
        assertThat(keys.match("second-key-abcdefghij")).hasValueSatisfying(k -> {
            assertThat(k.name()).isEqualTo("ci");
            assertThat(k.limits().requestsPerMinute()).isEqualTo(99);
        });
        assertThat(keys.match("second-key-abcdefghiJ")).isEmpty();
        assertThat(keys.match("correct-horse-battery ")).isEmpty();
        assertThat(keys.match("")).isEmpty();
    }

    @Test
    void aKeyListedTwiceOrTwoKeysWithOneNameAreRefused(@TempDir Path dir) throws Exception {
        Path twice = dir.resolve("twice.txt");
        Files.writeString(twice, KeyHash.line("correct-horse-battery") + " name=a\n");
        assertThatThrownBy(() -> ApiKeys.load(List.of("correct-horse-battery"), Optional.of(twice), DEFAULTS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("listed twice");

        Path sameName = dir.resolve("names.txt");
        Files.writeString(sameName, KeyHash.line("correct-horse-battery") + " name=a\n"
                + KeyHash.line("second-key-abcdefghij") + " name=a\n");
        assertThatThrownBy(() -> ApiKeys.load(List.of(), Optional.of(sameName), DEFAULTS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("named 'a'");
    }

    @Test
    void theKeyNeverShowsInItsDescription() {
        ApiKey key = ApiKeys.load(List.of("correct-horse-battery"), Optional.empty(), DEFAULTS)
                .match("correct-horse-battery").orElseThrow();
        assertThat(key.toString()).isEqualTo("ApiKey[api-keys#1]");
    }
}
