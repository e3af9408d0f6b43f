package dev.kokoro.text.normalize;

import dev.kokoro.text.Cjk;
import java.util.regex.Pattern;

/**
 * The last step: one space between words, none before punctuation, no doubled commas, no space at
 * the ends of lines; line breaks stay (the sentence splitter may use them).
 */
final class SpacingRule implements NormalizationRule {
    private static final Pattern SPACES = Pattern.compile(" {2,}+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ++(?=[,.!?;:…)])");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("(?<=\\() ++");
    private static final Pattern DOUBLED_COMMA = Pattern.compile(",(?: ?,)++");
    private static final Pattern COMMA_BEFORE_STOP = Pattern.compile(", ?(?=[.!?;:])");
    private static final Pattern COMMA_BEFORE_WORD = Pattern.compile(",(?=\\p{L})");
    private static final Pattern LINE_EDGES = Pattern.compile(" *+\\n *+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}+");

    private static final Pattern SPACE_NEXT_TO_CJK =
            Pattern.compile("(?<=" + Cjk.CHAR + ") ++|(?<![\\p{L}\\p{N}]) ++(?=" + Cjk.CHAR + ")|(?<=[\\p{N}]) ++(?=" + Cjk.CHAR + ")");

    @Override
    public String apply(String text, RuleContext context) {
        String out = SPACES.matcher(text).replaceAll(" ");
        out = SPACE_BEFORE_PUNCTUATION.matcher(out).replaceAll("");
        out = SPACE_AFTER_OPENING.matcher(out).replaceAll("");
        out = DOUBLED_COMMA.matcher(out).replaceAll(",");
        out = COMMA_BEFORE_STOP.matcher(out).replaceAll("");
        out = LINE_EDGES.matcher(out).replaceAll("\n");
        out = BLANK_LINES.matcher(out).replaceAll("\n");
        if (context.separatorIsSpace()) out = COMMA_BEFORE_WORD.matcher(out).replaceAll(", ");
        if (!context.separatorIsSpace()) out = SPACE_NEXT_TO_CJK.matcher(out).replaceAll("");
        return out.strip();
    }
}
