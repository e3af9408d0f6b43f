package dev.kokoro.text.ssml;

import dev.kokoro.text.Language;

/**
 * Builds the inline-markup text: spoken text with its whitespace collapsed and its square brackets
 * made parentheses (so text can never form a markup tag), tags as given, and sentence and paragraph
 * ends. A sentence end goes right after the sentence's last spoken text, before any tags that
 * follow it, so that "Hi[voice:default]" ends as "Hi.[voice:default]" and the stop is said in the
 * sentence's voice.
 */
final class MarkupWriter {
    /** What may already end a sentence (closing quotes and brackets after it are skipped). */
    private static final String TERMINALS = ".!?…。！？।‼⁉";
    private static final String CLOSERS = "\"'”’»)";

    private final StringBuilder out = new StringBuilder();
    private final String fullStop;
    private final boolean spacesBetweenSentences;
    /** Whitespace was seen (or a sentence ended) since the last thing written. */
    private boolean pendingSpace;
    /** Where the current sentence's spoken text ends in {@link #out}, or -1 if it has none yet. */
    private int sentenceTextEnd = -1;

    MarkupWriter(Language language) {
        boolean cjk = language == Language.JAPANESE || language == Language.MANDARIN_CHINESE;
        this.fullStop = cjk ? "。" : ".";
        this.spacesBetweenSentences = !cjk;
    }

    /** Spoken text, as written but with each run of whitespace one space and [ ] made ( ). */
    void text(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                continue;
            }
            separate();
            char written = neutral(c);
            // "[voice:x](/ab/)" would read as a word with phonemes: a tag is never followed by "(".
            if (written == '(' && !out.isEmpty() && out.charAt(out.length() - 1) == ']') out.append(' ');
            out.append(written);
            sentenceTextEnd = out.length();
        }
    }

    /** A markup tag such as {@code [pause:500ms]}, written as is. */
    void tag(String tag) {
        separate();
        out.append(tag);
    }

    /** A word with its phonemes, {@code [word](/phonemes/)}: spoken, so it counts as the sentence's text. */
    void phonemes(String tag) {
        tag(tag);
        sentenceTextEnd = out.length();
    }

    /** Ends the current sentence with a full stop unless it has one, or has no text. */
    void endSentence() {
        if (sentenceTextEnd < 0) return;
        if (!endsWithTerminal(sentenceTextEnd)) out.insert(sentenceTextEnd, fullStop);
        sentenceTextEnd = -1;
        pendingSpace = spacesBetweenSentences;
    }

    /** Ends the current sentence and the paragraph: a blank line, unless there is nothing to end. */
    void endParagraph() {
        endSentence();
        if (out.isEmpty() || endsWithBlankLine()) return;
        trimTrailingSpace();
        out.append("\n\n");
        pendingSpace = false;
    }

    String result() {
        return out.toString().stripTrailing();
    }

    /**
     * Text as one line for a tag or a say-as: whitespace runs made one space, ends stripped,
     * [ ] made ( ).
     */
    static String plain(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !sb.isEmpty();
            } else {
                if (space) sb.append(' ');
                sb.append(neutral(c));
                space = false;
            }
        }
        return sb.toString();
    }

    /** Square brackets are markup; in text they become round ones, which read the same. */
    private static char neutral(char c) {
        return c == '[' ? '(' : c == ']' ? ')' : c;
    }

    /** One space where the source had whitespace, never at the start or after a line break. */
    private void separate() {
        if (pendingSpace && !out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))) out.append(' ');
        pendingSpace = false;
    }

    private boolean endsWithTerminal(int end) {
        int i = end - 1;
        while (i > 0 && CLOSERS.indexOf(out.charAt(i)) >= 0) i--;
        return TERMINALS.indexOf(out.charAt(i)) >= 0;
    }

    private boolean endsWithBlankLine() {
        int n = out.length();
        return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
    }

    private void trimTrailingSpace() {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') n--;
        out.setLength(n);
    }
}
