package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/** "file(s)" → "files", "box(es)" → "boxes": the reader says the plural, not the brackets. */
final class OptionalPluralRule implements NormalizationRule {
    private static final Pattern OPTIONAL_PLURAL = Pattern.compile("(?<=\\p{L})\\((e?s)\\)");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.options().optionalPluralizationNormalization() || text.indexOf('(') < 0) return text;
        return Replacer.replace(text, OPTIONAL_PLURAL, m -> m.group(1));
    }
}
