package dev.kokoro.g2p;

/**
 * Joins word and punctuation phonemes the way misaki does: each piece is followed by a space only when the
 * text had whitespace after it, so {@code "Hello, world."} gives {@code həlˈO, wˈɜɹld.}. Runs of spaces left
 * by dropped pieces collapse to one.
 *
 * <p>Not thread-safe; one per phonemize call.
 */
final class PhonemeLine {
    private final StringBuilder line = new StringBuilder();

    void append(String phonemes, boolean spaceAfter) {
        line.append(phonemes);
        if (spaceAfter && !line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
        }
    }

    @Override
    public String toString() {
        return line.toString().strip();
    }
}
