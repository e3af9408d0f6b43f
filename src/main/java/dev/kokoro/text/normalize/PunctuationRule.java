package dev.kokoro.text.normalize;

import dev.kokoro.text.Cjk;
import dev.kokoro.text.Language;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps typographic, CJK and Devanagari punctuation onto the ASCII marks the G2P and Kokoro's vocabulary know:
 * curly quotes, guillemets, full-width forms, ideographic full stops and commas, dash variants,
 * ellipses; odd spaces become plain spaces and zero-width characters go.
 */
final class PunctuationRule implements NormalizationRule {
    private static final Pattern DOTS = Pattern.compile("\\.(?:\\s?\\.){2,}+");
    private static final Pattern NUMBER_DASH = Pattern.compile("(?<=\\d)\\s?[\u2013\u2012]\\s?(?=\\d)");
    private static final Pattern LONG_DASH = Pattern.compile("(?<!\\s)\\s*+(?:[\u2013\u2014\u2015]|(?<=[\\p{L} ])--(?=[\\p{L} ]))\\s*+");

    /** A Japanese wave dash before a number is a range, "from ... to" (3〜5人, 10時～12時), as misaki reads it. */
    private static final Pattern WAVE_DASH_BEFORE_NUMBER = Pattern.compile("\\s?[\u301C\uFF5E]\\s?(?=[0-9\uFF10-\uFF19])");
    private static final Pattern CJK_NEXT_TO_NUMBER = Pattern.compile(
            "(?<=" + Cjk.CHAR + ")(?=[\\d$¥€£₹+-])|(?<=[\\d%])(?=" + Cjk.CHAR + ")");

    @Override
    public String apply(String text, RuleContext context) {
        boolean cjk = context.language() == Language.JAPANESE || context.language() == Language.MANDARIN_CHINESE;
        String after = cjk ? "" : " ";
        if (context.language() == Language.JAPANESE) {
            text = WAVE_DASH_BEFORE_NUMBER.matcher(text).replaceAll(Matcher.quoteReplacement(context.words().to()));
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> sb.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> sb.append('"');
                // Japanese corner brackets stay: they show which way they face, which the sentence splitter
                // and the Japanese G2P need ("本当?「はい」" splits before 「); a straight quote does not.
                case '\u300C', '\u300D', '\u300E', '\u300F' -> sb.append(context.language() == Language.JAPANESE ? c : '"');
                case '\u3001', '\uFF0C' -> sb.append(',').append(after);
                case '\u3002' -> sb.append('.').append(after);
                case '\u0964' -> sb.append('.'); // Devanagari danda: Kokoro's vocabulary has only "."
                case '\uFF01' -> sb.append('!').append(after);
                case '\uFF1F' -> sb.append('?').append(after);
                case '\uFF1A' -> sb.append(':').append(after);
                case '\uFF1B' -> sb.append(';').append(after);
                case '\u2010', '\u2011', '\u2212' -> sb.append('-');
                case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\u3000', '\t', '\u000B', '\f' ->
                        sb.append(context.language() == Language.FRENCH && (c == '\u00A0' || c == '\u202F') ? c : ' ');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
                case '\r' -> sb.append(i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "" : "\n");
                case '\u2026' -> sb.append('\u2026');
                case '\u2022', '\u00B7', '\u25CF', '\u25AA' -> sb.append(' ');
                default -> {
                    if (c >= '\uFF01' && c <= '\uFF5E') {
                        sb.append((char) (c - 0xFEE0)); // full-width ASCII
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        String out = DOTS.matcher(sb).replaceAll("\u2026");
        out = NUMBER_DASH.matcher(out).replaceAll("-");
        out = LONG_DASH.matcher(out).replaceAll(" \u2014 ");
        // Japanese and Chinese run numbers into the words around them; spaces let the number rules
        // see where a number starts and ends (SpacingRule takes them out again).
        return cjk ? CJK_NEXT_TO_NUMBER.matcher(out).replaceAll(" ") : out;
    }
}
