package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EspeakNgTest {
    private final EspeakNg espeak = EspeakNg.shared();

    @Test
    void isOneInstancePerProcess() {
        assertThat(EspeakNg.shared()).isSameAs(espeak);
    }

    @Test
    void givesIpaWithStressAndTiedMultiLetterPhonemes() {
        // "church" is tʃ + ɜː + tʃ; the tie marks the affricates as single phonemes.
        assertThat(espeak.toIpa("church", "en-us")).isEqualTo("t^ʃˈɜːt^ʃ");
        assertThat(espeak.toIpa("perro", "es")).isEqualTo("pˈero");
    }

    @Test
    void readsEveryClauseOfTheText() {
        // espeak-ng returns one clause per call; all of them must come back, in order.
        String ipa = espeak.toIpa("one, two; three. four! five", "en-us");
        assertThat(ipa.split(" ")).hasSize(5);
        assertThat(ipa).startsWith("wˈʌn").endsWith("fˈa^ɪv");
    }

    @Test
    void switchesVoicesBetweenCalls() {
        String english = espeak.toIpa("tomato", "en-us");
        String british = espeak.toIpa("tomato", "en-gb-x-rp");
        assertThat(english).isNotEqualTo(british);
        assertThat(espeak.toIpa("tomato", "en-us")).isEqualTo(english);
    }

    @Test
    void findsAVoiceByLanguageCode() {
        // there is no voice file named fr-fr: the language code selects the voice "fr"
        assertThat(espeak.toIpa("rouge", "fr-fr")).isEqualTo("ʁˈuʒ");
    }

    @Test
    void controlCharactersDoNotCutTheText() {
        // a NUL would end the C string that espeak-ng reads
        assertThat(espeak.toIpa("one\u0000two\u0007three", "en-us").split(" ")).hasSize(3);
    }

    @Test
    void emptyTextGivesEmptyIpa() {
        assertThat(espeak.toIpa("", "en-us")).isEmpty();
    }

    @Test
    void unknownVoiceIsAClearError() {
        assertThatThrownBy(() -> espeak.toIpa("hello", "xx-nowhere"))
                .isInstanceOf(EspeakNgUnavailableException.class)
                .hasMessageContaining("xx-nowhere");
        assertThat(espeak.toIpa("hello", "en-us")).isEqualTo("həlˈo^ʊ");
    }
}
