package dev.kokoro.g2p.ja;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads numbers written in kanji numerals (the text normalizer writes 2024 as 二千二十四) or in digits, and
 * says them in Japanese with the sound changes inside a number: さんびゃく, ろっぴゃく, はっぴゃく, さんぜん,
 * はっせん, いっせんまん, いっちょう. Decimals are read digit by digit after てん (三点一四 is さんてんいちよん,
 * 一点五 いってんご). Readings are spelled the way UniDic spells pronunciations, with ー for a long vowel
 * (じゅー, きゅー, ちょー), so they become the same phonemes as dictionary words.
 *
 * <p>Stateless and thread-safe.
 */
final class JapaneseNumbers {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String[] DIGIT_WORDS = {"ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅー"};
    private static final String[] BIG_WORDS = {"", "まん", "おく", "ちょー"};
    /** Numbers past ten thousand trillion are read digit by digit. */
    private static final long LIMIT = 10_000_000_000_000_000L;

    private JapaneseNumbers() {
    }

    /** Whether the text is made only of numeral characters (kanji numerals or digits). */
    static boolean isNumerals(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> digit((char) c) >= 0 || unit((char) c) > 0);
    }

    /**
     * The number a run of numerals stands for: 二千二十四 and 二〇二四 are both 2024. -1 when it does not
     * parse or is too large to read as one number.
     */
    static long value(String numerals) {
        long total = 0;
        long section = 0; // below 10^4
        long pending = -1; // digits not yet multiplied by a unit
        for (int i = 0; i < numerals.length(); i++) {
            char c = numerals.charAt(i);
            int d = digit(c);
            long unit = unit(c);
            if (d >= 0) {
                pending = pending < 0 ? d : pending * 10 + d;
                if (pending >= LIMIT) {
                    return -1;
                }
            } else if (unit < 10_000) {
                section += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                section += Math.max(pending, 0);
                total += (section == 0 ? 1 : section) * unit;
                section = 0;
                pending = -1;
            }
        }
        long value = total + section + Math.max(pending, 0);
        return value < LIMIT ? value : -1;
    }

    /** How a whole number from 0 up to (not including) 10¹⁶ is said. */
    static SpokenNumber say(long value) {
        if (value < 0 || value >= LIMIT) {
            throw new IllegalArgumentException("cannot say " + value);
        }
        if (value == 0) {
            return new SpokenNumber("", DIGIT_WORDS[0], 0);
        }
        List<String> words = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int big = 3; big >= 0; big--) {
            long group = value / pow10(4 * big) % 10_000;
            if (group == 0) {
                continue;
            }
            sayGroup((int) group, big > 0, words, values);
            if (big > 0) {
                if (big == 3 && (values.getLast() == 1 || values.getLast() == 8 || values.getLast() == 10)) {
                    int last = words.size() - 1;
                    String word = words.get(last);
                    words.set(last, word.substring(0, word.length() - 1) + "っ"); // いっちょー, はっちょー
                }
                words.add(BIG_WORDS[big]);
                values.add(pow10(4 * big));
            }
        }
        int last = words.size() - 1;
        return new SpokenNumber(String.join("", words.subList(0, last)), words.get(last), values.get(last));
    }

    /**
     * How a decimal is said: the whole part, てん, then each digit. The whole part is cut short before てん as
     * before any t: 一点五 is いってんご.
     */
    static SpokenNumber sayDecimal(long whole, String fractionDigits) {
        SpokenNumber integer = whole == 0 ? new SpokenNumber("", "れー", 0) : say(whole);
        StringBuilder head = new StringBuilder(integer.geminatesBeforeST() ? integer.geminated() : integer.text()).append("てん");
        int lastDigit = 0;
        for (int i = 0; i < fractionDigits.length(); i++) {
            lastDigit = digit(fractionDigits.charAt(i));
            if (i < fractionDigits.length() - 1) {
                head.append(DIGIT_WORDS[lastDigit]);
            }
        }
        return new SpokenNumber(head.toString(), DIGIT_WORDS[lastDigit], lastDigit);
    }

    /** A group below 10⁴; {@code beforeBigUnit} when まん, おく or ちょう follows (1000万 is いっせんまん). */
    private static void sayGroup(int group, boolean beforeBigUnit, List<String> words, List<Long> values) {
        int thousands = group / 1000;
        int hundreds = group / 100 % 10;
        int tens = group / 10 % 10;
        int ones = group % 10;
        if (thousands > 0) {
            words.add(switch (thousands) {
                case 1 -> beforeBigUnit ? "いっせん" : "せん";
                case 3 -> "さんぜん";
                case 8 -> "はっせん";
                default -> DIGIT_WORDS[thousands] + "せん";
            });
            values.add(thousands * 1000L);
        }
        if (hundreds > 0) {
            words.add(switch (hundreds) {
                case 1 -> "ひゃく";
                case 3 -> "さんびゃく";
                case 6 -> "ろっぴゃく";
                case 8 -> "はっぴゃく";
                default -> DIGIT_WORDS[hundreds] + "ひゃく";
            });
            values.add(hundreds * 100L);
        }
        if (tens > 0) {
            if (tens > 1) {
                words.add(DIGIT_WORDS[tens]);
                values.add((long) tens);
            }
            words.add("じゅー");
            values.add(10L);
        }
        if (ones > 0) {
            words.add(DIGIT_WORDS[ones]);
            values.add((long) ones);
        }
    }

    /** 0 to 9 for a kanji numeral or digit, else -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c == '零') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }

    private static long unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '億' -> 100_000_000;
            case '兆' -> 1_000_000_000_000L;
            default -> 0;
        };
    }

    private static long pow10(int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 10;
        }
        return p;
    }
}
