package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@NeedsAssets
class EnglishG2PTest {
    private static PhonemeVocab vocab;
    private static EnglishG2P us;
    private static EnglishG2P gb;

    @BeforeAll
    static void load() {
        vocab = PhonemeVocab.load(TestAssets.modelConfig());
        us = new EnglishG2P(Language.AMERICAN_ENGLISH, TestAssets.lexicons(), EspeakNg.shared(), EnglishPosTagger.shared(), vocab);
        gb = new EnglishG2P(Language.BRITISH_ENGLISH, TestAssets.lexicons(), EspeakNg.shared(), EnglishPosTagger.shared(), vocab);
    }

    private static EnglishG2P g2p(char code) {
        return code == 'a' ? us : gb;
    }

    /**
     * Expected values are the lexicon entries as misaki's files write them (gold, else silver; DEFAULT of a
     * tagged entry), with Kokoro v1.0's American ɾ → T and ʔ → t.
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a | hello      | həlˈO
            a | world      | wˈɜɹld
            a | water      | wˈɔTəɹ
            a | tomato     | təmˈATO
            a | schedule   | skˈɛʤˌul
            a | butter     | bˈʌTəɹ
            a | little     | lˈɪTᵊl
            a | button     | bˈʌtn
            a | church     | ʧˈɜɹʧ
            a | judge      | ʤˈʌʤ
            a | house      | hˈWs
            a | boy        | bˈY
            a | thought    | θˈɔt
            a | measure    | mˈɛʒəɹ
            a | cat        | kˈæt
            a | father     | fˈɑðəɹ
            a | computer   | kəmpjˈuTəɹ
            a | garage     | ɡəɹˈɑʒ
            a | either     | ˈiðəɹ
            a | dance      | dˈæns
            a | can't      | kˈænt
            a | don't      | dˈOnt
            a | don’t      | dˈOnt
            a | it's       | ɪts
            a | Paris      | pˈɛɹəs
            a | paris      | pˈɛɹəs
            a | tuesday    | tˈuzdˌA
            a | NASA       | nˈæsə
            a | HELLO      | həlˈO
            a | beautiful  | bjˈuTəfəl
            a | orange     | ˈɔɹᵊnʤ
            a | new        | nˈu
            a | herb       | ˈɜɹb
            a | lieutenant | lutˈɛnənt
            a | read       | ɹˈid
            a | record     | ɹˈɛkəɹd
            a | boxes      | bˈɑksᵻz
            b | hello      | həlˈQ
            b | world      | wˈɜːld
            b | water      | wˈɔːtə
            b | tomato     | təmˈɑːtQ
            b | schedule   | ʃˈɛdjuːl
            b | butter     | bˈʌtə
            b | button     | bˈʌtᵊn
            b | cat        | kˈat
            b | dance      | dˈɑːns
            b | can't      | kˈɑːnt
            b | garage     | ɡˈaɹɑːʤ
            b | either     | ˈIðə
            b | new        | njˈuː
            b | herb       | hˈɜːb
            b | lieutenant | lɛftˈɛnənt
            b | vase       | vˈɑːz
            b | aluminium  | ˌaljʊmˈɪnɪəm
            b | mobile     | mˈQbIl
            b | tuesday    | tjˈuːzdA
            b | boxes      | bˈɒksɪz
            """)
    void wordsComeFromTheLexicon(char lang, String word, String expected) {
        assertThat(g2p(lang).phonemize(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a | the cat                | ðə kˈæt
            a | the apple              | ði ˈæpᵊl
            a | a cat                  | ɐ kˈæt
            a | an apple               | ɐn ˈæpᵊl
            a | Plan A.                | plˈæn ˈA.
            a | I want to go.          | ˌI wˈɑnt tə ɡˌO.
            a | I want to eat.         | ˌI wˈɑnt tʊ ˈit.
            a | Yes we can.            | jˈɛs wi kˈæn.
            a | we can go              | wi kæn ɡˌO
            a | It is.                 | ˌɪt ɪz.
            b | the cat sat on the mat | ðə kˈat sˈat ˌɒn ðə mˈat
            b | Yes we can.            | jˈɛs wiː kˈan.
            """)
    void wordsFollowTheirContext(char lang, String text, String expected) {
        assertThat(g2p(lang).phonemize(text)).isEqualTo(expected);
    }

    @Test
    void punctuationIsKeptAttachedAsInTheText() {
        assertThat(us.phonemize("Hello, world!")).isEqualTo("həlˈO, wˈɜɹld!");
        assertThat(us.phonemize("Wait... what?")).isEqualTo("wˈAt... wˌʌt?");
        assertThat(us.phonemize("well; maybe: yes…")).isEqualTo("wˈɛl; mˈAbi: jˈɛs…");
        assertThat(us.phonemize("(quietly)")).isEqualTo("(kwˈIətli)");
    }

    @Test
    void straightQuotesBecomeCurlyAndDashesEmDashes() {
        assertThat(us.phonemize("He said \"hi\".")).isEqualTo("hˌi sˈɛd “hˈI”.");
        assertThat(us.phonemize("(\"hi\")")).isEqualTo("(“hˈI”)");
        assertThat(us.phonemize("well - maybe – yes — no")).isEqualTo("wˈɛl — mˈAbi — jˈɛs — nˈO");
    }

    @Test
    void marksKokoroDoesNotKnowAreDropped() {
        assertThat(us.phonemize("cat * dog # / 'hi'")).isEqualTo("kˈæt dˈɔɡ hˈI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blorptastic", "Zorblax", "Kowalczyk", "snorfling", "Kowalczyński", "Dvořák"})
    void unknownWordsAreGuessedInKokoroSymbols(String word) {
        // The model reads the first four; letters outside its alphabet (ń, ř, á) leave the last two to espeak-ng.
        for (EnglishG2P g2p : new EnglishG2P[] {us, gb}) {
            String phonemes = g2p.phonemize(word);
            assertThat(phonemes).isNotBlank();
            assertOnlyVocab(phonemes);
            assertThat(phonemes).containsAnyOf("ˈ", "ˌ");
            // the first sound of each of these words is spelled by its first letter
            assertThat(phonemes.charAt(0)).isEqualTo(Character.toLowerCase(word.charAt(0)));
        }
    }

    @Test
    void unknownWordsUseEachDialectsSymbols() {
        // "blorp" has the NORTH vowel + r: American ɔɹ, British ɔː.
        assertThat(us.phonemize("blorptastic").replace("ˌ", "")).startsWith("blɔɹpt").contains("ˈ");
        assertThat(gb.phonemize("blorptastic").replace("ˌ", "")).startsWith("blɔːpt").contains("ˈ");
        // the American symbol set has no length mark, the British one no O or æ
        assertThat(us.phonemize("Kowalczyk snorfling glarbing")).doesNotContain("ː");
        assertThat(gb.phonemize("Kowalczyk snorfling glarbing")).doesNotContain("O", "æ", "ɾ", "T");
    }

    @Test
    void outputIsOnlyVocabularyForMixedText() {
        String text = "Dr. Zorblax's café—naïve, 3D & «quoted» ‘words’ [1] {x} ½!";
        assertOnlyVocab(us.phonemize(text));
        assertOnlyVocab(gb.phonemize(text));
    }

    @Test
    void emptyAndBlankTextGiveEmptyPhonemes() {
        assertThat(us.phonemize("")).isEmpty();
        assertThat(us.phonemize("   \n ")).isEmpty();
    }

    @Test
    void rejectsANonEnglishLanguage() {
        assertThatThrownBy(() -> new EnglishG2P(Language.FRENCH, TestAssets.lexicons(), EspeakNg.shared(), EnglishPosTagger.shared(), vocab))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertOnlyVocab(String phonemes) {
        assertThat(phonemes.codePoints().filter(cp -> !vocab.contains(cp)).toArray())
                .as("symbols outside Kokoro's vocabulary in %s", phonemes).isEmpty();
    }
}
