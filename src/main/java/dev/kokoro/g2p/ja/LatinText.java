package dev.kokoro.g2p.ja;

import dev.kokoro.g2p.G2P;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Latin-script words inside Japanese text. A short all-capitals word is an initialism and is spelled with
 * the Japanese names of its letters, as a Japanese reader says it (NHK エヌエイチケー, OK オーケー); anything
 * else is read as English by the English G2P, so "iPhone" or "Hello world" come out as English words in the
 * Japanese voice. (misaki passes Latin text through unchanged, letters and all, which Kokoro cannot read as
 * words.)
 *
 * <p>Thread-safe: the English G2P is thread-safe and fetched on first need, so Japanese text without
 * Latin words never loads the English lexicons.
 */
final class LatinText {
    private static final Pattern INITIALISM = Pattern.compile("[A-Z]{1,4}");
    /** Japanese names of A to Z, in hiragana with ー for long vowels as UniDic writes them. */
    private static final String[] LETTERS = {"えー", "びー", "しー", "でぃー", "いー", "えふ", "じー", "えいち", "あい",
        "じぇー", "けー", "える", "えむ", "えぬ", "おー", "ぴー", "きゅー", "あーる", "えす", "てぃー", "ゆー", "ぶい",
        "だぶりゅー", "えっくす", "わい", "ぜっと"};

    private final Supplier<G2P> english;

    /** @param english the English G2P, asked for only when a sentence has a Latin word */
    LatinText(Supplier<G2P> english) {
        this.english = Objects.requireNonNull(english, "english");
    }

    /** Whether the text is a Latin word: ASCII letters, possibly with apostrophes (don't). */
    static boolean isLatin(String text) {
        return text.chars().anyMatch(c -> c != '\'')
                && text.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'');
    }

    /** The word for a stretch of Latin words (single spaces between them allowed). */
    Word read(String stretch) {
        String text = stretch.strip();
        if (INITIALISM.matcher(text).matches()) {
            StringBuilder kana = new StringBuilder();
            text.chars().forEach(c -> kana.append(LETTERS[c - 'A']));
            return Word.reading(text, kana.toString());
        }
        return new Word(text, Word.Kind.PHONEMES, english.get().phonemize(text));
    }
}
