package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StressTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            blɔɹptˈAstɪk | blɔɹptˈAstɪk
            ˈblɔɹp       | blˈɔɹp
            ˌblɔɹpˈAs    | blˌɔɹpˈAs
            blɔɹpˌAs     | blɔɹpˈAs
            bləɡɪt       | bləɡˈɪt
            ðə           | ðˈə
            hmm          | hmm
            """)
    void espeakWordsGetOnePrimaryStressBeforeAVowel(String espeak, String expected) {
        assertThat(Stress.withPrimary(espeak)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ˈæbəkˈʌs   | ˈæbəkˌʌs
            ˈæbˈəkˈʌs  | ˈæbˌəkˌʌs
            ˌæbəkʌs    | ˈæbəkʌs
            æbəkˌʌs    | æbəkˈʌs
            ˌæbəkˈʌs   | ˌæbəkˈʌs
            """)
    void guessedWordsKeepOnlyTheirFirstPrimaryStress(String guessed, String expected) {
        assertThat(Stress.onePrimary(guessed)).isEqualTo(expected);
    }

    @Test
    void spelledLettersStressTheLastLetter() {
        assertThat(Stress.lastPrimary("ˈɛfbˈiˈI")).isEqualTo("ˌɛfbˌiˈI");
        assertThat(Stress.lastPrimary("ˈɛsˈɛs")).isEqualTo("ˌɛsˈɛs");
    }

    @Test
    void demotingLeavesSecondaryStressOnly() {
        assertThat(Stress.demote("ˌʌnfɹˈɛnd")).isEqualTo("ʌnfɹˌɛnd");
        assertThat(Stress.demote("ˌʌp")).isEqualTo("ˌʌp");
        assertThat(Stress.demote("ʌv")).isEqualTo("ʌv");
    }

    @Test
    void capitalsAddStressTheWayMisakiDoes() {
        assertThat(Stress.forCapitals("it", "ɪt")).isEqualTo("ɪt");
        assertThat(Stress.forCapitals("It", "ɪt")).isEqualTo("ˌɪt");
        assertThat(Stress.forCapitals("They", "ðA")).isEqualTo("ðˌA");
        assertThat(Stress.forCapitals("IT", "ɪt")).isEqualTo("ˈɪt");
        assertThat(Stress.forCapitals("US", "ˌʌs")).isEqualTo("ˈʌs");
        assertThat(Stress.forCapitals("Hello", "həlˈO")).isEqualTo("həlˈO");
    }

    @Test
    void secondaryStressOnlyForUnstressedWords() {
        assertThat(Stress.secondaryIfUnstressed("ɡəɪŋ")).isEqualTo("ɡˌəɪŋ");
        assertThat(Stress.secondaryIfUnstressed("ɡˈOɪŋ")).isEqualTo("ɡˈOɪŋ");
    }
}
