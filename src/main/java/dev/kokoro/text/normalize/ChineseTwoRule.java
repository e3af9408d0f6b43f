package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.regex.Pattern;

/**
 * A lone 2 counting something in Chinese is 两, not 二: "2个人" → 两个人, "2点" (two o'clock) → 两点, as every
 * speaker says it. An ordinal (第2个), a digit of a longer number (12个) or a decimal (2.5) keeps 二, which the
 * number rule writes. (The punctuation rule has spaced digits off from Chinese characters by now.)
 */
final class ChineseTwoRule implements NormalizationRule {
    /** Measure words and the like that take 两 before them. */
    private static final Pattern LONE_TWO = Pattern.compile(
            "(?<![\\p{N}.,第])(?<!第\\s)2(?![\\p{N}]|[.,]\\d)(?=\\s?[个只本位次件条张天年岁种名口头辆份把双对句层杯碗瓶块斤公千万亿点小周倍台部篇首])");

    @Override
    public String apply(String text, RuleContext context) {
        if (context.language() != Language.MANDARIN_CHINESE || text.indexOf('2') < 0) return text;
        return LONE_TWO.matcher(text).replaceAll("两");
    }
}
