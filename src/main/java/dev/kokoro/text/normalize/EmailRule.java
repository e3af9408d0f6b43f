package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/** "jane.doe@example.com" → "jane dot doe at example dot com". */
final class EmailRule implements NormalizationRule {
    // Bounded repetitions (RFC 5321 limits) keep the scan linear on long runs of address characters.
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+-])([A-Za-z0-9._%+-]{1,64}+)@([A-Za-z0-9-]{1,63}+(?:\\.[A-Za-z0-9-]{1,63}+){1,8}+)(?![\\w-])");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.options().emailNormalization() || text.indexOf('@') < 0) return text;
        return Replacer.replace(text, EMAIL, m -> {
            String domain = m.group(2);
            String tld = domain.substring(domain.lastIndexOf('.') + 1);
            if (tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) return null;
            String user = SpokenTokens.read(m.group(1), context);
            return Replacer.spaced(text, m,
                    String.join(context.words().separator(), user, context.words().at(), SpokenTokens.read(domain, context)),
                    context);
        });
    }
}
