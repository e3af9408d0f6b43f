package dev.kokoro.g2p;

/**
 * The punctuation Kokoro reads (it shapes pauses and intonation): {@code ; : , . ! ? — …}, curly quotes and
 * parentheses. Straight and angle quotes become curly ones, an en dash or a free-standing hyphen becomes an em dash, the Devanagari
 * danda a full stop; every other mark is dropped.
 */
public final class Punctuation {
    private Punctuation() {
    }

    /**
     * Marks that end a stretch of words: the text between two of them goes to espeak-ng in one piece. A
     * hyphen is not one, since it usually joins the parts of a word.
     */
    static boolean isBreak(int cp) {
        return cp != '-' && !toKokoro(cp, true).isEmpty() || cp == '¡' || cp == '¿' || cp == '[' || cp == ']';
    }

    /**
     * Whether a straight double quote after {@code previous} (a code point, or -1 at the start of the text)
     * opens a quotation: it does after a space or an opening bracket or quote, and closes one otherwise.
     */
    public static boolean quoteOpensAfter(int previous) {
        return previous < 0 || Character.isWhitespace(previous) || "([{“«".indexOf(previous) >= 0;
    }

    /**
     * Kokoro's symbol for one punctuation mark, or the empty string when Kokoro has none.
     *
     * @param opening whether a straight double quote here opens a quotation ({@link #quoteOpensAfter})
     */
    public static String toKokoro(int cp, boolean opening) {
        return switch (cp) {
            case ';', ':', ',', '.', '!', '?', '—', '…', '“', '”', '(', ')' -> Character.toString(cp);
            case '"' -> opening ? "“" : "”";
            case '«' -> "“";
            case '»' -> "”";
            case '–', '-' -> "—";
            case '।' -> ".";
            default -> "";
        };
    }
}
