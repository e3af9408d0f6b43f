package dev.kokoro.g2p.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinyinReaderTest {
    private static final PinyinReader READER = new PinyinReader();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '\t', textBlock = """
            银行	yin2 hang2
            行走	xing2 zou3
            长大	zhang3 da4
            长度	chang2 du4
            重要	zhong4 yao4
            重新	chong2 xin1
            音乐	yin1 yue4
            快乐	kuai4 le4
            还是	hai2 shi4
            桌子	zhuo1 zi5
            什么	shen2 me5
            的	de5
            了	le5
            吗	ma5
            我们	wo3 men5
            女儿	nü3 er2
            一个	yi2 ge4
            这个	zhe4 ge5
            谁	shui2
            意思	yi4 si5
            """)
    void readsWordsAsPypinyinDoes(String word, String pinyin) {
        assertThat(READER.read(word)).map(Syllable::toString).containsExactly(pinyin.split(" "));
    }

    @Test
    void charactersWithoutAReadingHaveNoSyllable() {
        assertThat(READER.read("〆")).isEmpty();
    }
}
