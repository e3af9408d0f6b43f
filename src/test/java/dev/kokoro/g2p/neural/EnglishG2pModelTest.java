package dev.kokoro.g2p.neural;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishG2pModelTest {
    private static final String MISAKI_SYMBOLS = "AIOQWYabdfhijklmnpstuvwzæðŋɑɒɔəɛɜɡɪɹɾʃʊʌʒʔʤʧˈˌːθᵊᵻ";

    private final EnglishG2pModel model = EnglishG2pModel.shared();

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            apple    | ˈæpᵊl   | ˈapᵊl
            audience | ˈɔdiəns | ˈɔːdɪəns
            """)
    void readsWordsItWasNotTrainedOnInBothDialects(String word, String american, String british) {
        // Both words are on the held-out evaluation list, so the model never saw them.
        assertThat(model.phonemes(word, false)).isEqualTo(american);
        assertThat(model.phonemes(word, true)).isEqualTo(british);
    }

    @Test
    void ignoresCase() {
        assertThat(model.phonemes("Brexitish", false)).isEqualTo(model.phonemes("brexitish", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"covid19", "café", "naïve", "", "pneumonoultramicroscopicsilicovolcanoconiosisx"})
    void declinesWhatItsAlphabetOrLengthCannotHold(String word) {
        assertThat(model.phonemes(word, false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zorblax", "quintessentialism", "o'flanagan", "grumpkin-ware", "tchotchkeification"})
    void writesOnlyMisakiSymbols(String word) {
        for (boolean british : new boolean[] {false, true}) {
            String phonemes = model.phonemes(word, british);
            assertThat(phonemes).isNotEmpty();
            assertThat(phonemes.chars()).allMatch(c -> MISAKI_SYMBOLS.indexOf(c) >= 0);
        }
    }
}
