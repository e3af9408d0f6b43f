package dev.kokoro.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.config.ConfigException;
import dev.kokoro.testing.TsvCases;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which browser origins may call the server, for the default and for configured lists. */
class CorsOriginsTest {

    static Stream<Arguments> cases() {
        return TsvCases.read("/api/cors-origins.tsv", 4);
    }

    @ParameterizedTest(name = "[{0}] {1} to {2} → {3}")
    @MethodSource("cases")
    void allowsOnlyTheListedOrigins(String configured, String origin, String host, String allowed) {
        CorsOrigins origins = CorsOrigins.of(configured.equals("-") ? List.of()
                : Arrays.stream(configured.split(",")).map(String::strip).toList());

        assertThat(origins.allows(origin, host)).isEqualTo(Boolean.parseBoolean(allowed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"app.example.com", "https://app.example.com/", "https://app.example.com/path",
            "ftp://app.example.com", "https://*.example.com", "https://app.example.com:port"})
    void aSettingThatIsNotAnOriginFailsTheStart(String entry) {
        assertThatThrownBy(() -> CorsOrigins.of(List.of(entry))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("cors-origins").hasMessageContaining(entry);
    }
}
