package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.testing.TestVocab;
import dev.kokoro.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EspeakG2PTest {
    private static PhonemeVocab vocab;

    @BeforeAll
    static void load() {
        vocab = TestVocab.kokoro();
    }

    private static String phonemize(Language language, String text) {
        String phonemes = new EspeakG2P(language, EspeakNg.shared(), vocab).phonemize(text);
        assertThat(phonemes).isNotBlank();
        assertThat(phonemes.codePoints().filter(cp -> !vocab.contains(cp)).toArray())
                .as("symbols outside Kokoro's vocabulary in %s", phonemes).isEmpty();
        return phonemes;
    }

    /** Each sentence must contain a sound that is characteristic of its language (see the reason column). */
    @ParameterizedTest(name = "{0}: {1} has {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SPANISH              | El perro corre.               | r     | trilled rr
            SPANISH              | Pero no.                      | ɾ     | single-tap r
            SPANISH              | Llama al chico.               | ʎ     | palatal ll
            SPANISH              | Mañana.                       | ɲ     | ñ
            SPANISH              | El gato.                      | ɣ     | intervocalic g is a fricative
            FRENCH               | Un bon vin blanc.             | \u0303 | nasal vowels
            FRENCH               | Rouge et rose.                | ʁ     | uvular r
            FRENCH               | Je mange.                     | ʒ     | j
            ITALIAN              | Ciao, amici.                  | ʧ     | ci
            ITALIAN              | Gli gnocchi.                  | ɲ     | gn
            ITALIAN              | Una pizza.                    | ʦ     | zz as a tied affricate
            ITALIAN              | Mezzo.                        | ʣ     | voiced zz
            ITALIAN              | Figlio.                       | ʎ     | gli
            BRAZILIAN_PORTUGUESE | Eu não sei.                   | ɐ̃     | nasal ão
            BRAZILIAN_PORTUGUESE | A tia.                        | ʧ     | Brazilian ti
            BRAZILIAN_PORTUGUESE | O dia.                        | ʤ     | Brazilian di
            HINDI                | भारत                          | bʰ    | aspirated bh
            HINDI                | नमस्ते                         | n     | na
            """)
    void sentencesHaveTheirLanguagesSounds(Language language, String text, String expected, String reason) {
        assertThat(phonemize(language, text)).as(reason).contains(expected).containsAnyOf("ˈ", "ˌ");
    }

    @Test
    void punctuationIsKeptWhereItWas() {
        assertThat(phonemize(Language.SPANISH, "¿Dónde está? ¡Aquí, amigo!"))
                .matches("[^,.?!]+\\? [^,.?!]+, [^,.?!]+!");
        assertThat(phonemize(Language.FRENCH, "Oui (peut-être).")).matches("wˈi \\([^()]+\\)\\.");
        assertThat(phonemize(Language.FRENCH, "Il a dit « oui »."))
                .contains("“").contains("”").endsWith(".");
    }

    @Test
    void hindiDandaEndsASentence() {
        assertThat(phonemize(Language.HINDI, "मेरा नाम राम है। आप कैसे हैं?")).matches("[^.?]+\\. [^.?]+\\?");
    }

    @Test
    void foreignWordsKeepTheirPhonemesButNotEspeaksLanguageFlags() {
        String phonemes = phonemize(Language.FRENCH, "J'aime le football");
        assertThat(phonemes).doesNotContain("(", ")", "en", "fr").contains("ʊtbɔːl");
    }

    @Test
    void espeakCliticHyphensAreDropped() {
        // espeak-ng writes the clitic "je" as ʒə- before a vowel-initial word
        assertThat(phonemize(Language.FRENCH, "je m'appelle")).startsWith("ʒə m").doesNotContain("-");
    }

    @Test
    void rejectsLanguagesItDoesNotServe() {
        assertThatThrownBy(() -> new EspeakG2P(Language.AMERICAN_ENGLISH, EspeakNg.shared(), vocab))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EspeakG2P(Language.JAPANESE, EspeakNg.shared(), vocab))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
