package dev.kokoro.text.ssml;

/**
 * How an SSML document begins: an optional byte-order mark, whitespace, XML declaration, then {@code <speak}.
 * A document type declaration before {@code <speak} still makes it SSML, so that it is refused as such
 * rather than read aloud as text.
 */
final class SsmlStart {
    private static final char BOM = '\uFEFF';

    private SsmlStart() {
    }

    /** Whether {@code input} begins as an SSML document does. */
    static boolean isSsml(String input) {
        int i = afterBomAndSpace(input, 0);
        i = afterBomAndSpace(input, afterDeclaration(input, i));
        if (input.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
            return input.regionMatches(true, i + 9, " speak", 0, 6) || input.indexOf("<speak", i) >= 0;
        }
        if (!input.regionMatches(true, i, "<speak", 0, 6)) return false;
        int next = i + 6;
        return next == input.length() || Character.isWhitespace(input.charAt(next))
                || input.charAt(next) == '>' || input.charAt(next) == '/';
    }

    /** Where the text after a byte-order mark and whitespace at {@code from} begins. */
    static int afterBomAndSpace(String input, int from) {
        int i = from;
        while (i < input.length() && (input.charAt(i) == BOM || Character.isWhitespace(input.charAt(i)))) i++;
        return i;
    }

    /** Just after an XML declaration {@code <?xml ...?>} at {@code from}, or {@code from} if there is none. */
    static int afterDeclaration(String input, int from) {
        if (!input.startsWith("<?xml", from) || from + 5 >= input.length()) return from;
        char next = input.charAt(from + 5);
        if (!Character.isWhitespace(next) && next != '?') return from;
        int end = input.indexOf("?>", from);
        return end < 0 ? from : end + 2;
    }
}
