package dev.kokoro.g2p.ja;

import dev.kokoro.g2p.G2P;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.text.Language;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Japanese G2P after misaki's first-generation Japanese path (its "cutlet" version), the one Kokoro v1.0's
 * Japanese voices were trained with: the sentence is split into words with their UniDic pronunciations
 * ({@link MorphologicalAnalyzer}), the pieces misaki's word list knows as one word are joined
 * ({@link JapaneseWordList}), and each word's kana become phonemes by misaki's Hepburn-to-IPA table
 * ({@link KanaPhonemes}). Words are separated by spaces, punctuation attaches as in misaki, and a glottal
 * stop (っ) at a word's edge joins the words on both sides ({@link JapanesePhonemeLine}).
 *
 * <p>Beyond misaki: numbers are read with their counters and sound changes (三本 さんぼん, 十分 じゅっぷん;
 * misaki has none), and Latin words are read as English or spelled as initialisms ({@link LatinText};
 * misaki passes them through as letters).
 *
 * <p>Thread-safe: the analyser and word list are shared and read-only.
 */
public final class JapaneseG2P implements G2P {
    private final MorphologicalAnalyzer analyzer;
    private final JapaneseWordList wordList;
    private final WordReader reader;
    private final PhonemeVocab vocab;

    /**
     * Loads misaki's word list from the lexicon folder, and the shared Japanese dictionary if this is the
     * first Japanese G2P (a few seconds).
     *
     * @param lexiconDir the folder holding {@code ja_words.txt}
     * @param english    the English G2P for Latin words in Japanese text, asked for on first need
     */
    public JapaneseG2P(Path lexiconDir, Supplier<G2P> english, PhonemeVocab vocab) {
        this.wordList = JapaneseWordList.load(Objects.requireNonNull(lexiconDir, "lexiconDir"));
        this.reader = new WordReader(new LatinText(english));
        this.vocab = Objects.requireNonNull(vocab, "vocab");
        this.analyzer = MorphologicalAnalyzer.shared();
    }

    @Override
    public Language language() {
        return Language.JAPANESE;
    }

    @Override
    public String phonemize(String text) {
        List<Word> words = wordList.join(reader.read(analyzer.analyze(compatibilityForms(text))));
        JapanesePhonemeLine line = new JapanesePhonemeLine();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.kind() == Word.Kind.OPENING && i == words.size() - 1) {
                break; // it opens nothing; the sentence splitter leaves one there after ? or ! (本当?「)
            }
            line.add(word.kind(), word.kind() == Word.Kind.READING ? KanaPhonemes.phonemes(word.text()) : word.text());
        }
        return vocab.keepKnown(line.toString());
    }

    /**
     * The text in Unicode compatibility form (NFKC), as misaki takes it: half-width katakana become full-width
     * (ﾃﾞｰﾀ → データ), circled and full-width digits plain ones, ㍍ メートル. The ellipsis stays one mark.
     */
    private static String compatibilityForms(String text) {
        if (Normalizer.isNormalized(text, Normalizer.Form.NFKC)) {
            return text;
        }
        return Arrays.stream(text.split("…", -1))
                .map(part -> Normalizer.normalize(part, Normalizer.Form.NFKC))
                .collect(Collectors.joining("…"));
    }
}
