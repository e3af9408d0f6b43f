package dev.kokoro.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClientTextTest {
    @Test
    void shortValueIsQuotedWhole() {
        assertThat(ClientText.quote("af_heart")).isEqualTo("'af_heart'");
        assertThat(ClientText.quote("x".repeat(ClientText.MAX_QUOTED_CHARS)))
                .isEqualTo("'" + "x".repeat(ClientText.MAX_QUOTED_CHARS) + "'");
    }

    @Test
    void longValueIsCutAndItsLengthSaid() {
        assertThat(ClientText.quote("y".repeat(10_000_000)))
                .isEqualTo("'" + "y".repeat(ClientText.MAX_QUOTED_CHARS) + "… (10000000 characters)'");
    }

    /** A cut through a surrogate pair would leave half a character, which is not valid UTF-8. */
    @Test
    void cutNeverSplitsASurrogatePair() {
        String value = "a".repeat(ClientText.MAX_QUOTED_CHARS - 1) + "😀".repeat(10);
        String shown = ClientText.shorten(value);
        assertThat(shown).startsWith("a".repeat(ClientText.MAX_QUOTED_CHARS - 1) + "…");
        assertThat(new String(shown.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(shown);
    }

    @Test
    void nullIsSaidUnquoted() {
        assertThat(ClientText.quote(null)).isEqualTo("null");
    }
}
