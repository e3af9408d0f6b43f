package dev.kokoro.g2p.ja;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.testing.TestVocab;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanaPhonemesTest {
    private static final String SMALL = "ぁぃぅぇぉゃゅょ";
    private static PhonemeVocab vocab;

    @BeforeAll
    static void load() {
        vocab = TestVocab.kokoro();
    }

    @Test
    void everyEntryOfTheTableIsInsideTheVocab() {
        assertThat(KanaPhonemes.table()).hasSizeGreaterThan(160).allSatisfy((kana, phonemes) -> {
            assertThat(phonemes).as(kana).isNotEmpty();
            assertThat(outsideVocab(phonemes)).as(kana + " → " + phonemes).isEmpty();
        });
    }

    @Test
    void everyKanaAloneAndWithEachSmallKanaIsInsideTheVocab() {
        List<String> kana = new ArrayList<>();
        for (char c = 'ぁ'; c <= 'ゖ'; c++) {
            kana.add(String.valueOf(c));
        }
        for (char c = 'ァ'; c <= 'ヺ'; c++) {
            kana.add(String.valueOf(c));
        }
        kana.add("ー");
        for (String k : kana) {
            assertThat(outsideVocab(KanaPhonemes.phonemes(k))).as(k).isEmpty();
            for (char small : SMALL.toCharArray()) {
                assertThat(outsideVocab(KanaPhonemes.phonemes(k + small))).as(k + small).isEmpty();
                assertThat(outsideVocab(KanaPhonemes.phonemes("ん" + k + small + "ー"))).as("ん" + k + small).isEmpty();
            }
        }
    }

    @Test
    void everyFullSizeKanaIsSaid() {
        for (char c = 'あ'; c <= 'ゔ'; c++) {
            if ("ぁぃぅぇぉっゃゅょゎ".indexOf(c) < 0) {
                assertThat(KanaPhonemes.phonemes(String.valueOf(c))).as(String.valueOf(c)).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            さんぽ       | sampo
            しんぶん     | ɕimbɯɴ
            まんが       | maŋɡa
            こんにちは   | koɲɲiʨiha
            かんじ       | kaɲʥi
            ほんとう     | hontoɯ
            せんせい     | seɴsei
            れんあい     | ɾeɴai
            ほん         | hoɴ
            きって       | kʲiʔte
            コーヒー     | koːçiː
            トーキョー   | toːkʲoː
            きゃく       | kʲakɯ
            じゅう       | ʥɨɯ
            ちぇっく     | ʨeʔkɯ
            ティー       | tʲiː
            ファイル     | ɸaiɾɯ
            ウェブ       | βebɯ
            ヴァイオリン | vaioɾʲiɴ
            ヷ           | va
            りぇ         | ɾʲe
            こゝろ       | kokoɾo
            いすゞ       | isɨzɨ
            ワ           | βa
            ぁ           | ''
            """)
    void followsMisakisRules(String kana, String phonemes) {
        assertThat(KanaPhonemes.phonemes(kana)).isEqualTo(phonemes);
    }

    @Test
    void foldsKatakanaOntoHiragana() {
        assertThat(KanaPhonemes.toHiragana("カタカナとヴァー")).isEqualTo("かたかなとゔぁー");
    }

    private static List<String> outsideVocab(String phonemes) {
        return phonemes.codePoints().filter(cp -> !vocab.contains(cp)).mapToObj(Character::toString).toList();
    }
}
