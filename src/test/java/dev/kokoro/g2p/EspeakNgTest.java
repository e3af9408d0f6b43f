package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EspeakNgTest {
    private final EspeakNg espeak = EspeakNg.shared();

    @Test
    void lettersOfScriptsTheVoiceDoesNotReadNeverReachIt() {
        // Unfiltered, espeak-ng switches voices for them and says "Japanese letter" (ʤˈapəniːz lˈɛtɚ).
        assertThat(espeak.toIpa("を漢字한", "en-us")).isEmpty();
        assertThat(espeak.toIpa("Привет", "fr-fr")).isEmpty();
        assertThat(espeak.toIpa("नमस्ते", "hi")).isNotEmpty();
        assertThat(EspeakInput.safe("café を ok", "en-us")).isEqualTo("café   ok");
        // Symbols too: the Hindi voice reads them through another language (see the symbol test below).
        assertThat(EspeakInput.safe("नमस्ते दुनिया, 5%", "hi")).isEqualTo("नमस्ते दुनिया, 5 ");
        assertThat(EspeakInput.safe("नमस्ते", "es")).isBlank();
        assertThat(EspeakInput.safe("naïve — «ici» €5", "fr-fr")).isEqualTo("naïve — «ici»  5");
        assertThat(EspeakInput.safe("℃ 😀 ㊗", "en-us")).isBlank();
    }

    /**
     * espeak-ng 1.51 given runs of other scripts switches voices word by word and, some thousands of texts
     * later, writes past a buffer and kills the process; with their letters dropped it never does.
     */
    @Test
    void thousandsOfMixedScriptTextsLeaveTheProcessAlive() {
        int[] alphabet = ("The quick FOX naïve ñandú çà São नमस्ते दुनिया २०२४ है। 今日はカタカナとひらがなを読む「はい」ッー "
                + "我们去银行吧，《红楼梦》、？！ 0123 $€%&@#*+=/|<>[]{}~^_`'\"“”…·°℃±×÷ 😀 ΩΣ Привет 한국어 ").codePoints().toArray();
        String[] voices = {"en-us", "hi", "es", "fr-fr", "en-gb-x-rp", "it", "pt-br"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 12_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(30); i > 0; i--) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(espeak.toIpa(text.toString(), voices[n % voices.length])).isNotNull();
        }
    }

    /** Before symbols were kept from espeak-ng, every run of this killed the process within 12 000 texts. */
    @Test
    void thousandsOfSymbolTextsInHindiLeaveTheProcessAlive() {
        int[] alphabet = "0123 $%*+= नमस्ते ".codePoints().toArray();
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 24_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(30); i > 0; i--) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(espeak.toIpa(text.toString(), "hi")).isNotNull();
        }
    }

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
