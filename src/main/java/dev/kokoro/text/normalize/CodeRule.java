package dev.kokoro.text.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Codes of capital letters and digits in three or more hyphenated parts: "A-123-B" → "A one two
 * three B", "SKU-4471-XL" → "S K U four four seven one X L". Letters are spelled and digits read one
 * by one, as people read a code out; two-part names ("COVID-19", "F-16") are left to the others.
 */
final class CodeRule implements NormalizationRule {
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:[A-Z]{1,4}+|\\d{1,6}+)(?:-(?:[A-Z]{1,4}+|\\d{1,6}+)){2,5}+(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf('-') < 0) return text;
        return Replacer.replace(text, CODE, m -> {
            String[] parts = m.group().split("-");
            boolean letters = false;
            boolean digits = false;
            List<String> spoken = new ArrayList<>();
            for (String part : parts) {
                boolean number = Character.isDigit(part.charAt(0));
                digits |= number;
                letters |= !number;
                spoken.add(number ? context.numbers().digits(part) : SpokenTokens.spell(part));
            }
            if (!letters || !digits) return null;
            return Replacer.spaced(text, m, String.join(context.words().separator(), spoken), context);
        });
    }
}
