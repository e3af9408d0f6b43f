package dev.kokoro.g2p.ja;

import java.util.List;

/**
 * Japanese and ASCII punctuation as Kokoro reads it, following misaki's Japanese table: 。 is a full stop,
 * 、 a comma, 「」 and 『』 curly quotes, ～ and 〜 a dash, ・ a space. Brackets are dropped: misaki turns them
 * into guillemets, which Kokoro's vocabulary lacks, so the model never saw them in Japanese; they only
 * separate words. Any other symbol is dropped the same way.
 *
 * <p>Stateless and thread-safe; straight double quotes are paired by the caller ({@link #isStraightQuote}).
 */
final class JapanesePunctuation {
    private JapanesePunctuation() {
    }

    /** Whether the text is punctuation or symbols only (no letter or digit of any script). */
    static boolean isPunctuation(String text) {
        return !text.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit)
                && text.codePoints().noneMatch(Character::isWhitespace);
    }

    static boolean isStraightQuote(String text) {
        return text.equals("\"");
    }

    /** A straight double quote, opening or closing by how many came before it in the sentence. */
    static Word straightQuote(boolean opening) {
        return opening ? new Word("\"", Word.Kind.OPENING, "“") : new Word("\"", Word.Kind.CLOSING, "”");
    }

    /** The words for a run of punctuation, one per mark. */
    static void append(String marks, List<Word> words) {
        marks.codePoints().forEach(cp -> words.add(word(cp)));
    }

    private static Word word(int cp) {
        String surface = Character.toString(cp);
        return switch (cp) {
            case '.', '。', '．' -> new Word(surface, Word.Kind.CLOSING, ".");
            case ',', '、', '，', '､' -> new Word(surface, Word.Kind.CLOSING, ",");
            case '?', '？' -> new Word(surface, Word.Kind.CLOSING, "?");
            case '!', '！' -> new Word(surface, Word.Kind.CLOSING, "!");
            case ':', '：' -> new Word(surface, Word.Kind.CLOSING, ":");
            case ';', '；' -> new Word(surface, Word.Kind.CLOSING, ";");
            case '…', '‥' -> new Word(surface, Word.Kind.CLOSING, "…");
            case '「', '『', '“', '«', '｢' -> new Word(surface, Word.Kind.OPENING, "“");
            case '」', '』', '”', '»', '｣' -> new Word(surface, Word.Kind.CLOSING, "”");
            case ')', '）', '】', '》', '〉', ']', '〕' -> new Word(surface, Word.Kind.CLOSING, "");
            case '—', '―', '～', '〜', '–' -> new Word(surface, Word.Kind.FREE, "—");
            case '・', '･' -> new Word(surface, Word.Kind.SPACE, " ");
            default -> new Word(surface, Word.Kind.OPENING, ""); // brackets and other symbols: a word break
        };
    }
}
