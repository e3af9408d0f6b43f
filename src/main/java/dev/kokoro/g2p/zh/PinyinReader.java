package dev.kokoro.g2p.zh;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pinyin of a Chinese word with tones, read as a phrase where the dictionary has it, so that polyphones
 * follow the word (银行 yin2 hang2, 行走 xing2 zou3) and unstressed syllables get the neutral tone (桌子 zhuo1
 * zi5). Backed by houbb/pinyin, whose phrase table agrees with pypinyin's (misaki's pinyin source) on almost
 * all common words.
 *
 * <p>Thread-safe: the library's dictionaries are read once, on first use, and only read afterwards.
 */
final class PinyinReader {
    /** A syllable as the library writes it in its number-last style: {@code hang2}, {@code nü3}, {@code de5}. */
    private static final Pattern SYLLABLE = Pattern.compile("([a-zêü]+)([1-5])");

    /** Loads the dictionaries now rather than on the first request. */
    PinyinReader() {
        read("中文");
    }

    /**
     * The syllables of a word of Chinese characters, one per character the dictionary knows; characters it
     * does not know have no syllable.
     */
    List<Syllable> read(String word) {
        List<Syllable> syllables = new ArrayList<>(word.length());
        for (String written : PinyinHelper.toPinyin(word, PinyinStyleEnum.NUM_LAST).split(" ")) {
            Matcher m = SYLLABLE.matcher(written);
            if (m.matches()) {
                syllables.add(new Syllable(m.group(1), Integer.parseInt(m.group(2))));
            }
        }
        return syllables;
    }
}
