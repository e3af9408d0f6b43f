package dev.kokoro.text.normalize;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Acronyms a reader spells are written as separate capital letters, the form a lexicon-based G2P
 * reads letter by letter: "FBI" → "F B I", "U.S.A." → "U S A", "CPUs" → "C P U's". Those said as
 * words stay whole ("NASA"); unknown ones that can be said as a word are title-cased so the G2P
 * treats them as a word ("ZOMBO" → "Zombo"); short words in capitals for emphasis are lower-cased
 * ("I said NO" → "I said no").
 */
final class AcronymRule implements NormalizationRule {
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}.])((?:\\p{Lu}\\.){2,}+)(?![\\p{L}\\p{N}])");
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}'’])(\\p{Lu}{2,}+)(s|'s|’s)?(?![\\p{L}\\p{N}])");

    @Override
    public String apply(String text, RuleContext context) {
        String out = Replacer.replace(text, DOTTED, m -> {
            String letters = m.group(1).replace(".", "");
            String spelled = SpokenTokens.spell(letters);
            return Replacer.endsSentence(text, m.end()) ? spelled + "." : spelled;
        });
        return Replacer.replace(out, CAPITALS, m -> {
            String caps = m.group(1);
            // "C P Us" would read "us"; "C P U's" is the letter U plus a plural ending.
            String plural = m.group(2) == null ? "" : "'s";
            if (Acronyms.sayAsIs(caps)) return null;
            if (Acronyms.emphasized(caps) && m.group(2) == null) {
                String lower = caps.toLowerCase(Locale.ROOT);
                return startsSentence(out, m.start()) ? caps.charAt(0) + lower.substring(1) : lower;
            }
            if (Acronyms.spelled(caps)) return SpokenTokens.spell(caps) + plural;
            return caps.charAt(0) + caps.substring(1).toLowerCase(Locale.ROOT) + (m.group(2) == null ? "" : m.group(2));
        });
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '(')) i--;
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }
}
