package dev.kokoro.g2p.zh;

import dev.kokoro.g2p.G2P;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mandarin Chinese G2P after misaki's first-generation Chinese path, the phonemes Kokoro v1.0's Chinese voices
 * were trained on. Punctuation becomes Kokoro's, spaced as misaki spaces it ({@link ChinesePunctuation});
 * each run of Chinese characters is cut into words by jieba ({@link ChineseSegmenter}), each word read as
 * pinyin with its phrase tones ({@link PinyinReader}), passed through the {@link ToneSandhi} step (none for
 * v1.0) and written in Kokoro's phonemes ({@link PinyinToIpa}); the words of a run are separated by spaces.
 * Runs of Latin letters are English and go to the English G2P (misaki passes them through unread). Numbers are
 * expected to have been written out by the text normalizer; a digit left over is read on its own.
 *
 * <p>Thread-safe: it holds no mutable state, and the segmenter, pinyin reader and English G2P are thread-safe.
 */
public final class ChineseG2P implements G2P {
    /** The characters misaki treats as Chinese: the CJK Unified Ideographs block. */
    private static final Pattern HAN_RUN = Pattern.compile("[\\x{4E00}-\\x{9FFF}]+");
    /** English words, with the spaces between them: they go to the English G2P together. */
    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z][A-Za-z'’-]*(?:\\s+[A-Za-z][A-Za-z'’-]*)*");
    private static final String DIGITS_AS_HAN = "零一二三四五六七八九";

    private final Supplier<G2P> english;
    private final ToneSandhi sandhi;
    private final PhonemeVocab vocab;
    private final ChineseSegmenter segmenter = new ChineseSegmenter();
    private final PinyinReader pinyin = new PinyinReader();
    private final PinyinToIpa ipa = new PinyinToIpa();

    /**
     * Loads jieba's dictionary and the pinyin dictionaries: seconds, mostly jieba's 350,000 words.
     *
     * @param english the G2P for the English words in Chinese text (American English), asked for on first need
     * @param sandhi  the tone changes between words: {@link ToneSandhi#NONE} for Kokoro v1.0
     * @param vocab   Kokoro's phoneme symbols; anything outside them is dropped
     */
    public ChineseG2P(Supplier<G2P> english, ToneSandhi sandhi, PhonemeVocab vocab) {
        this.english = Objects.requireNonNull(english, "english");
        this.sandhi = Objects.requireNonNull(sandhi, "sandhi");
        this.vocab = Objects.requireNonNull(vocab, "vocab");
    }

    @Override
    public Language language() {
        return Language.MANDARIN_CHINESE;
    }

    @Override
    public String phonemize(String text) {
        String chars = digitsAsHan(text);
        StringBuilder out = new StringBuilder(chars.length() * 4);
        Matcher han = HAN_RUN.matcher(chars);
        Matcher latin = LATIN_RUN.matcher(chars);
        // Chinese has no spaces to tell an opening straight quote from a closing one: they alternate, except
        // that one right after a sentence's end closes (the sentence splitter may have cut the quotation).
        boolean inQuote = false;
        int i = 0;
        while (i < chars.length()) {
            int cp = chars.codePointAt(i);
            if (han.region(i, chars.length()).lookingAt()) {
                out.append(phonemizeHan(han.group()));
                i = han.end();
            } else if (latin.region(i, chars.length()).lookingAt()) {
                // Spaced off from the Chinese words around it, but not from punctuation after it.
                out.append(' ').append(english.get().phonemize(latin.group()));
                i = latin.end();
                if (han.region(i, chars.length()).lookingAt()) {
                    out.append(' ');
                }
            } else {
                if (Character.isWhitespace(cp)) {
                    out.append(' ');
                } else {
                    boolean opening = !inQuote && (i == 0 || ".!?…".indexOf(chars.charAt(i - 1)) < 0);
                    out.append(ChinesePunctuation.toKokoro(cp, opening));
                    if (cp == '"') {
                        inQuote = opening;
                    }
                }
                i += Character.charCount(cp);
            }
        }
        return vocab.keepKnown(out.toString());
    }

    /** The words of a run of Chinese characters in Kokoro's phonemes, separated by spaces. */
    private String phonemizeHan(String run) {
        List<ChineseWord> words = new ArrayList<>();
        for (String word : segmenter.words(run)) {
            words.add(new ChineseWord(word, pinyin.read(word)));
        }
        StringBuilder out = new StringBuilder(run.length() * 5);
        for (ChineseWord word : sandhi.apply(words)) {
            StringBuilder phonemes = new StringBuilder();
            word.syllables().forEach(s -> phonemes.append(ipa.toKokoro(s)));
            if (!phonemes.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(phonemes);
            }
        }
        return out.toString();
    }

    /**
     * The text with ASCII digits the normalizer did not write out as the Chinese digits they are read as, and
     * ICU's zero 〇 as 零, which cn2an writes and jieba's dictionary knows (both read ling2).
     */
    private static String digitsAsHan(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(readAs((char) c)));
        return out.toString();
    }

    private static char readAs(char c) {
        if (c >= '0' && c <= '9') {
            return DIGITS_AS_HAN.charAt(c - '0');
        }
        return c == '〇' ? '零' : c;
    }
}
