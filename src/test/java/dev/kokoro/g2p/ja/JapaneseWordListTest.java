package dev.kokoro.g2p.ja;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JapaneseWordListTest {
    private final JapaneseWordList list = new JapaneseWordList(Set.of("行き", "行きます", "東京"));

    @Test
    void joinsTheLongestRunThatIsAnEntry() {
        List<String> pieces = List.of("行き", "ます", "か");
        assertThat(list.wordEnd(pieces, 0, pieces.size())).isEqualTo(2);
    }

    @Test
    void aPieceThatStartsNoEntryStandsAlone() {
        List<String> pieces = List.of("に", "行き", "ます");
        assertThat(list.wordEnd(pieces, 0, pieces.size())).isEqualTo(1);
    }

    @Test
    void staysInsideTheLimit() {
        List<String> pieces = List.of("行き", "ます");
        assertThat(list.wordEnd(pieces, 0, 1)).isEqualTo(1);
    }
}
