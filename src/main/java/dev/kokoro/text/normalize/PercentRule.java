package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.regex.Pattern;

/** "50%" → "fifty percent", "3,5 %" → "tres coma cinco por ciento", "-2%" → "minus two percent". */
final class PercentRule implements NormalizationRule {
    private final Pattern pattern;

    PercentRule(Language language) {
        this.pattern = Pattern.compile(Replacer.START + WrittenNumber.regex(language) + "\\s?[%\uFF05]");
    }

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf('%') < 0 && text.indexOf('\uFF05') < 0) return text;
        return Replacer.replace(text, pattern, m ->
                Replacer.spaced(text, m, context.words().percentOf(WrittenNumber.of(m).say(context)), context));
    }
}
