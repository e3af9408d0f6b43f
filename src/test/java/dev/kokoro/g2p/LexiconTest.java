package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.util.Set;
import org.junit.jupiter.api.Test;

@NeedsAssets
class LexiconTest {
    @Test
    void withoutDropsTheWordsInAnyCapitalisationAndKeepsTheRest() {
        Lexicon full = Lexicon.load(TestAssets.lexicons(), false);
        assertThat(full.find("polish")).isNotNull();
        assertThat(full.findCased("Polish")).isNotNull();

        Lexicon without = full.without(Set.of("POLISH", "anniversary"));

        assertThat(without.find("polish")).isNull();
        assertThat(without.findCased("Polish")).isNull();
        assertThat(without.find("anniversary")).isNull();
        assertThat(without.find("apple")).isEqualTo(full.find("apple"));
        assertThat(full.find("anniversary")).as("the loaded lexicon itself is unchanged").isNotNull();
    }
}
