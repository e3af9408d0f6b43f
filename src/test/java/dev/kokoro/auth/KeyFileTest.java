package dev.kokoro.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.config.ConfigException;
import dev.kokoro.testing.TsvCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The keys file: each line's hash, name and limits, and the lines that are refused with a reason. */
class KeyFileTest {
    private static final KeyLimits DEFAULTS = new KeyLimits(60, 1000, 2);
    private static final String HASH = "c871f067542d565c57ebb8b54f99afe326644dceeb5c05fc2209a8161a52875e";

    static Stream<Arguments> lines() {
        return TsvCases.read("/auth/key-lines.tsv", 5);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("lines")
    void readsALine(String line, String name, String requests, String chars, String streams) {
        if (name.startsWith("error: ")) {
            assertThatThrownBy(() -> KeyFile.parse(line, "keys.txt:7", DEFAULTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name.substring(7));
            return;
        }
        ApiKey key = KeyFile.parse(line, "keys.txt:7", DEFAULTS);
        assertThat(key.name()).isEqualTo(name);
        assertThat(HexFormat.of().formatHex(key.sha256())).isEqualTo(HASH);
        assertThat(key.limits()).isEqualTo(new KeyLimits(Integer.parseInt(requests), Long.parseLong(chars),
                Integer.parseInt(streams)));
    }

    @Test
    void skipsCommentsAndBlankLinesAndNamesKeysByTheirLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, "# the team's keys\n\n" + KeyHash.line("correct-horse-battery") + "\n"
                + "  " + KeyHash.line("second-key-abcdefghij") + " name=ci  \n");

        List<ApiKey> keys = KeyFile.read(file, DEFAULTS);

        assertThat(keys).extracting(ApiKey::name).containsExactly("keys.txt:3", "ci");
    }

    @Test
    void aBadLineFailsTheStartNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, KeyHash.line("correct-horse-battery") + "\nsha256:abc\n");

        assertThatThrownBy(() -> KeyFile.read(file, DEFAULTS)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("keys.txt, line 2").hasMessageContaining("64 hex digits");
    }

    @Test
    void aMissingFileFailsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> KeyFile.read(dir.resolve("none.txt"), DEFAULTS)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("none.txt");
    }
}
