package dev.kokoro.g2p.ja;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseNumbersTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            十               | 10
            二十             | 20
            三百五十         | 350
            千               | 1000
            二千二十四       | 2024
            二〇二四         | 2024
            百万             | 1000000
            一億二千万       | 120000000
            一兆             | 1000000000000
            〇               | 0
            42               | 42
            """)
    void readsTheValueOfNumerals(String numerals, long value) {
        assertThat(JapaneseNumbers.isNumerals(numerals)).isTrue();
        assertThat(JapaneseNumbers.value(numerals)).isEqualTo(value);
    }

    @Test
    void refusesNumbersTooLongToSay() {
        assertThat(JapaneseNumbers.value("一二三四五六七八九〇一二三四五六七")).isEqualTo(-1);
        assertThat(JapaneseNumbers.isNumerals("三人")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                | ぜろ
            4                | よん
            10               | じゅー
            11               | じゅーいち
            20               | にじゅー
            100              | ひゃく
            300              | さんびゃく
            600              | ろっぴゃく
            800              | はっぴゃく
            1000             | せん
            3000             | さんぜん
            8000             | はっせん
            2024             | にせんにじゅーよん
            10000            | いちまん
            12000            | いちまんにせん
            10000000         | いっせんまん
            100000000        | いちおく
            1000000000000    | いっちょー
            10000000000000   | じゅっちょー
            """)
    void saysNumbers(long value, String kana) {
        assertThat(JapaneseNumbers.say(value).text()).isEqualTo(kana);
    }

    @ParameterizedTest(name = "{0}.{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3 | 一四 | さんてんいちよん
            0 | 五   | れーてんご
            1 | 五   | いってんご
            8 | 〇五 | はってんぜろご
            6 | 二   | ろくてんに
            """)
    void saysDecimalsDigitByDigit(long whole, String fraction, String kana) {
        assertThat(JapaneseNumbers.sayDecimal(whole, fraction).text()).isEqualTo(kana);
    }
}
