package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** espeak-ng 1.51 IPA (tie ^) for es, fr, hi, it, pt-br words, and the Kokoro symbols they must become. */
class EspeakIpaMappingTest {
    private final EspeakIpaMapping mapping = new EspeakIpaMapping();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pˈit^sːa                  | pˈiʦːa
            mˈɛd^zːo                  | mˈɛʣːo
            t^ʃˈao                    | ʧˈao
            d^ʒˈiæ                    | ʤˈiæ
            rˈos^so                   | rˈoSo
            sˈe^ɪ                     | sˈA
            kˌoɾasˈɐ̃^ʊ̃                | kˌoɾasˈɐ̃ʊ̃
            e^ʊ                       | eʊ
            ʒə- mapˈɛl                | ʒə mapˈɛl
            lə- (^e^n)wiːkˈɛnd(^f^r)  | lə wiːkˈɛnd
            mɛ̃ (^e^n)həlˈə^ʊ(^h^i) hũ | mɛ̃ həlˈQ hũ
            """)
    void mapsTiedPhonemesAndDropsMarkup(String espeak, String kokoro) {
        assertThat(mapping.toKokoro(espeak)).isEqualTo(kokoro);
    }
}
