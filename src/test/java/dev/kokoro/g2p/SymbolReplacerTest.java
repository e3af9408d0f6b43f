package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SymbolReplacerTest {
    @Test
    void longestMatchWins() {
        SymbolReplacer replacer = new SymbolReplacer(Map.of("e", "A", "e^ə", "ɛː"));
        assertThat(replacer.apply("he^ə be")).isEqualTo("hɛː bA");
    }

    @Test
    void replacedTextIsNotReadAgain() {
        SymbolReplacer replacer = new SymbolReplacer(Map.of("ɚ", "əɹ", "ɹ", "r"));
        assertThat(replacer.apply("ɚɹ")).isEqualTo("əɹr");
    }
}
