package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/**
 * Japanese and Chinese phone numbers, said digit by digit as people say them: a Japanese number group by
 * group with の between ("03-1234-5678" → ゼロサンのイチニーサンヨンのゴーロクナナハチ, digits in the lengthened
 * forms used on the phone), a Chinese one with 1 as 幺 ("13812345678" → 幺三八幺二三四五六七八). Chinese
 * mobile numbers are recognised undivided (eleven digits from 13–19), since they are usually written so.
 */
final class CjkPhoneNumberRule implements NormalizationRule {
    private static final Pattern GROUPED = Pattern.compile("(?<![\\p{N}.,-])0\\d{1,4}+(?:-\\d{2,8}+){1,2}+(?![\\p{N}]|[.,-]\\d)");
    private static final Pattern CHINESE_MOBILE = Pattern.compile("(?<![\\p{N}.,])1[3-9]\\d{9}+(?![\\p{N}]|[.,]\\d)");
    private static final String[] JAPANESE_DIGITS = {"ゼロ", "イチ", "ニー", "サン", "ヨン", "ゴー", "ロク", "ナナ", "ハチ", "キュー"};
    private static final String[] CHINESE_DIGITS = {"零", "幺", "二", "三", "四", "五", "六", "七", "八", "九"};

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.options().phoneNormalization()) return text;
        return switch (context.language()) {
            case JAPANESE -> Replacer.replace(text, GROUPED, m -> say(m.group(), JAPANESE_DIGITS, "の"));
            case MANDARIN_CHINESE -> Replacer.replace(Replacer.replace(text, GROUPED, m -> say(m.group(), CHINESE_DIGITS, ",")),
                    CHINESE_MOBILE, m -> say(m.group(), CHINESE_DIGITS, ""));
            default -> text;
        };
    }

    private static String say(String number, String[] digits, String between) {
        StringBuilder out = new StringBuilder(number.length() * 3);
        number.chars().forEach(c -> out.append(c == '-' ? between : digits[c - '0']));
        return out.toString();
    }
}
