package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** espeak-ng 1.51 IPA (tie ^) as it reads these words, and the misaki phonemes they must become. */
class EnglishIpaMappingTest {
    private final EnglishIpaMapping american = new EnglishIpaMapping(false);
    private final EnglishIpaMapping british = new EnglishIpaMapping(true);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mˈɜːt^ʃəntʃˌɪp   | mˈɜɹʧəntʃˌɪp
            bˈʌʔn̩            | bˈʌʔn
            lˈɪɾə^l          | lˈɪɾᵊl
            hˈɪdn̩            | hˈɪdᵊn
            nˈɪ^ɹ            | nˈɪɹ
            ɡˈo^ʊ            | ɡˈO
            wˈɔːɾɚ           | wˈɔɾəɹ
            bloː^ɹptˈe^ɪstɪk | blɔɹptˈAstɪk
            ˈa^ɪ             | ˈI
            ˈa^ʊt            | ˈWt
            bˈɔ^ɪ            | bˈY
            d^ʒˈʌd^ʒ         | ʤˈʌʤ
            fˈɜː             | fˈɜɹ
            lˈɑːx            | lˈɑk
            ɪ^əɹˈiə          | iəɹˈiə
            fˈɜːɹi           | fˈɜɹi
            nˈɜːt^ʃɚ         | nˈɜɹʧəɹ
            ʍˈɛn             | wˈɛn
            bˈɝd             | bˈɜɹd
            wˈɔntᵻd          | wˈɔntᵻd
            ɡlˈɑː^ɹbɪŋ       | ɡlˈɑɹbɪŋ
            fˈa^ɪ^ɚ          | fˈIəɹ
            """)
    void american(String espeak, String misaki) {
        assertThat(american.toMisaki(espeak)).isEqualTo(misaki);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            mˈɜːt^ʃəntʃˌɪp | mˈɜːʧəntʃˌɪp
            hˈe^ə          | hˈɛː
            nˈi^ə          | nˈɪə
            ɡˈə^ʊ          | ɡˈQ
            kˈæt           | kˈat
            wˈɔːtɐ         | wˈɔːtə
            fˈɜː           | fˈɜː
            bˈʌtn̩          | bˈʌtᵊn
            təmˈɑːtə^ʊ     | təmˈɑːtQ
            nˈɜːt^ʃɐ       | nˈɜːʧə
            wˈɒntᵻd        | wˈɒntɪd
            fˈɜːɹɪ         | fˈɜːɹɪ
            bˈɝd           | bˈɜːd
            kjˈʊ^ə         | kjˈʊə
            """)
    void british(String espeak, String misaki) {
        assertThat(british.toMisaki(espeak)).isEqualTo(misaki);
    }
}
