package dev.kokoro.g2p.ja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountersTest {
    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1    | 本       | ホン     | いっぽん
            2    | 本       | ホン     | にほん
            3    | 本       | ホン     | さんぼん
            4    | 本       | ホン     | よんほん
            6    | 本       | ホン     | ろっぽん
            8    | 本       | ホン     | はっぽん
            10   | 本       | ホン     | じゅっぽん
            100  | 本       | ホン     | ひゃっぽん
            300  | 本       | ホン     | さんびゃっぽん
            1000 | 本       | ホン     | せんぼん
            21   | 本       | ホン     | にじゅーいっぽん
            3    | 匹       | ヒキ     | さんびき
            1    | 分       | フン     | いっぷん
            2    | 分       | フン     | にふん
            3    | 分       | フン     | さんぷん
            4    | 分       | フン     | よんぷん
            5    | 分       | フン     | ごふん
            10   | 分       | フン     | じゅっぷん
            1    | 回       | カイ     | いっかい
            6    | 個       | コ       | ろっこ
            3    | 階       | カイ     | さんがい
            3    | 回       | カイ     | さんかい
            3    | 軒       | ケン     | さんげん
            1    | 歳       | サイ     | いっさい
            6    | 歳       | サイ     | ろくさい
            20   | 歳       | サイ     | はたち
            3    | 足       | ソク     | さんぞく
            1    | 頭       | トウ     | いっとー
            1    | ページ   | ページ   | いっぺーじ
            1    | 人       | ニン     | ひとり
            2    | 人       | ニン     | ふたり
            4    | 人       | ニン     | よにん
            14   | 人       | ニン     | じゅーよにん
            1    | つ       | ツ       | ひとつ
            9    | つ       | ツ       | ここのつ
            10   | つ       | ツ       | とー
            4    | 時       | ジ       | よじ
            7    | 時       | ジ       | しちじ
            9    | 時       | ジ       | くじ
            4    | 月       | ガツ     | しがつ
            9    | 月       | ガツ     | くがつ
            4    | 年       | ネン     | よねん
            2024 | 年       | ネン     | にせんにじゅーよねん
            4    | 円       | エン     | よえん
            2    | 日       | ニチ     | ふつか
            14   | 日       | ニチ     | じゅーよっか
            17   | 日       | ニチ     | じゅーしちにち
            20   | 日       | ニチ     | はつか
            1    | 日       | ニチ     | いちにち
            3    | 日間     | ニチカン | みっかかん
            3    | 枚       | マイ     | さんまい
            """)
    void saysANumberWithItsCounter(long value, String counter, String lemmaReading, String kana) {
        Morpheme word = new Morpheme(counter, lemmaReading, lemmaReading, "名詞", "普通名詞");
        assertThat(Counters.isCounter(word)).isTrue();
        assertThat(Counters.say(value, JapaneseNumbers.say(value), word, false)).isEqualTo(kana);
    }

    @Test
    void theFirstDayOfAMonthIsTsuitachi() {
        Morpheme day = new Morpheme("日", "ニチ", "ニチ", "名詞", "普通名詞");
        assertThat(Counters.say(1, JapaneseNumbers.say(1), day, true)).isEqualTo("ついたち");
    }

    @Test
    void howManyTakesTheSoundChangesOfThree() {
        SpokenNumber what = new SpokenNumber("", "なん", SpokenNumber.WHAT);
        assertThat(Counters.say(-1, what, new Morpheme("本", "ポン", "ホン", "接尾辞", "名詞的"), false)).isEqualTo("なんぼん");
        assertThat(Counters.say(-1, what, new Morpheme("階", "カイ", "カイ", "名詞", "普通名詞"), false)).isEqualTo("なんがい");
        assertThat(Counters.say(-1, what, new Morpheme("分", "フン", "フン", "名詞", "普通名詞"), false)).isEqualTo("なんぷん");
    }

    @Test
    void bunIsAPartNotMinutes() {
        // 三分の一 (a third): 分 read ブン is left to the dictionary, which says さん ぶん.
        assertThat(Counters.isCounter(new Morpheme("分", "ブン", "ブン", "名詞", "普通名詞"))).isFalse();
        assertThat(Counters.isCounter(new Morpheme("分", "フン", "フン", "名詞", "普通名詞"))).isTrue();
    }

    @Test
    void refusesAWordThatIsNoCounter() {
        Morpheme word = new Morpheme("猫", "ネコ", "ネコ", "名詞", "普通名詞");
        assertThat(Counters.isCounter(word)).isFalse();
        assertThatThrownBy(() -> Counters.say(1, JapaneseNumbers.say(1), word, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
