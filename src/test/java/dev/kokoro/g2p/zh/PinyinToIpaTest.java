package dev.kokoro.g2p.zh;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.testing.TestVocab;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinToIpaTest {
    private static final PinyinToIpa IPA = new PinyinToIpa();
    private static PhonemeVocab vocab;

    @BeforeAll
    static void loadVocab() {
        vocab = TestVocab.kokoro();
    }

    @ParameterizedTest(name = "{0}{1} -> {2}")
    @CsvSource(delimiter = '\t', textBlock = """
            ma	1	ma→
            ma	2	ma↗
            ma	3	ma↓
            ma	4	ma↘
            ma	5	ma
            hang	2	xa↗ŋ
            xing	2	ɕi↗ŋ
            zhang	3	ꭧa↓ŋ
            chang	2	ꭧʰa↗ŋ
            zhi	1	ꭧɨ→
            chi	1	ꭧʰɨ→
            shi	4	ʂɨ↘
            ri	4	ɻɨ↘
            zi	5	ʦɨ
            ci	2	ʦʰɨ↗
            si	1	sɨ→
            ji	1	ʨi→
            qu	4	ʨʰy↘
            xue	2	ɕɥe↗
            juan	4	ʨɥɛ↘n
            jun	1	ʨy→n
            lü	4	ly↘
            lüe	4	lɥe↘
            nü	3	ny↓
            yu	2	y↗
            yue	4	ɥe↘
            yuan	2	ɥɛ↗n
            yun	2	y↗n
            yi	1	i→
            ya	1	ja→
            yan	2	jɛ↗n
            yang	2	ja↗ŋ
            yao	4	jau↘
            ye	3	je↓
            you	3	jou↓
            yong	4	jʊ↘ŋ
            yin	1	i→n
            ying	2	i↗ŋ
            wu	3	u↓
            wo	3	wo↓
            wei	4	wei↘
            wen	4	wə↘n
            weng	1	wə→ŋ
            liu	2	ljou↗
            gui	4	kwei↘
            lun	4	lwə↘n
            bo	2	pwo↗
            xiong	2	ɕjʊ↗ŋ
            hao	3	xau↓
            ai	4	ai↘
            ou	1	ou→
            er	4	ɚ↘
            er	5	ɚ
            o	2	ɔ↗
            ê	1	ɛ→
            yo	1	wo→
            n	2	n↗
            ng	2	ŋ↗
            m	2	m↗
            hm	5	hm
            hng	1	hŋ→
            """)
    void writesSyllablesAsMisakiDoes(String letters, int tone, String expected) {
        assertThat(IPA.toKokoro(new Syllable(letters, tone))).isEqualTo(expected);
    }

    @Test
    void toneArrowsAreMisakis() {
        assertThat(List.of(1, 2, 3, 4, 5)).map(PinyinToIpa::arrow).containsExactly("→", "↗", "↓", "↘", "");
    }

    @Test
    void lettersThatAreNoSyllableGiveNothing() {
        assertThat(IPA.toKokoro(new Syllable("xyz", 1))).isEmpty();
        assertThat(IPA.toKokoro(new Syllable("zh", 1))).isEmpty();
    }

    @Test
    void everyInitialFinalAndToneLandsInTheVocabulary() {
        List<String> spellings = new ArrayList<>();
        for (String initial : PinyinToIpa.INITIALS) {
            for (String fin : PinyinToIpa.FINALS.keySet()) {
                spellings.add(initial + fin);
            }
        }
        spellings.addAll(PinyinToIpa.FINALS.keySet());
        spellings.addAll(PinyinToIpa.WHOLE_SYLLABLES.keySet());
        int written = 0;
        for (String letters : spellings) {
            for (int tone = 1; tone <= Syllable.NEUTRAL; tone++) {
                String phonemes = IPA.toKokoro(new Syllable(letters, tone));
                assertThat(vocab.keepKnown(phonemes)).as(letters + tone).isEqualTo(phonemes);
                if (!phonemes.isEmpty()) {
                    written++;
                }
            }
        }
        // j, q, x take only i- and ü-finals and their own u-spellings; nearly every other pairing is written.
        assertThat(written).isGreaterThan(PinyinToIpa.INITIALS.size() * PinyinToIpa.FINALS.size() * 5 * 8 / 10);
    }

    @Test
    void everySyllableThePinyinDictionaryGivesIsWrittenInsideTheVocabulary() {
        Pattern syllable = Pattern.compile("([a-zêü]+)([1-5])");
        Set<String> unwritten = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
            for (String reading : PinyinHelper.toPinyinList(c, PinyinStyleEnum.NUM_LAST)) {
                Matcher m = syllable.matcher(reading);
                if (!m.matches() || !seen.add(reading)) {
                    continue;
                }
                String phonemes = IPA.toKokoro(new Syllable(m.group(1), Integer.parseInt(m.group(2))));
                if (phonemes.isEmpty() || !vocab.keepKnown(phonemes).equals(phonemes)) {
                    unwritten.add(reading + " -> " + phonemes);
                }
            }
        }
        assertThat(seen).hasSizeGreaterThan(1200);
        assertThat(unwritten).isEmpty();
    }
}
