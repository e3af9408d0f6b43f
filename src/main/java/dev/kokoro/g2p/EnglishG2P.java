package dev.kokoro.g2p;

import dev.kokoro.g2p.neural.EnglishG2pModel;
import dev.kokoro.text.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * English G2P after misaki, the phonemizer Kokoro's English voices were trained with. The text is split into
 * words and punctuation and tagged for part of speech ({@link EnglishPosTagger}, refined by
 * {@link PartOfSpeech}); each word is then read by {@link EnglishWords} from misaki's gold then silver
 * lexicon (US files for American English, GB files for British), choosing a heteronym's pronunciation by
 * its tag and a few function words by the next word's first sound, with spelled initialisms, inflections of
 * known stems, hyphenated compounds, words running letters and digits or CamelCase parts together, then
 * the trained G2P model ({@link EnglishG2pModel}) and finally espeak-ng for the rest. Punctuation Kokoro
 * knows is kept, attached as in the text.
 *
 * <p>For Kokoro v1.0, American flaps and glottal stops are written T and t (misaki's ɾ and ʔ), as its
 * pipeline does for every model before misaki 2.0.
 *
 * <p>Thread-safe: the lexicons are read once in the constructor and never change, the tagger is
 * thread-safe, and espeak-ng calls are serialised by {@link EspeakNg}.
 */
public final class EnglishG2P implements G2P {
    private final Language language;
    private final EnglishWords words;
    private final EnglishPosTagger tagger;
    private final PhonemeVocab vocab;

    /**
     * Loads the dialect's two lexicon files (about 3 MB of JSON each; a few hundred milliseconds) and, once
     * per process, the G2P model.
     *
     * @param language     {@link Language#AMERICAN_ENGLISH} or {@link Language#BRITISH_ENGLISH}
     * @param lexiconDir   the folder holding {@code us_gold.json}, {@code us_silver.json}, {@code gb_gold.json},
     *                     {@code gb_silver.json}
     * @param tagger       the part-of-speech tagger (usually {@link EnglishPosTagger#shared()})
     */
    public EnglishG2P(Language language, Path lexiconDir, EspeakNg espeak, EnglishPosTagger tagger, PhonemeVocab vocab) {
        if (!language.isEnglish()) {
            throw new IllegalArgumentException(language + " is not English");
        }
        boolean british = language == Language.BRITISH_ENGLISH;
        this.language = language;
        this.words = new EnglishWords(Lexicon.load(lexiconDir, british), british, EnglishG2pModel.shared(),
                Objects.requireNonNull(espeak, "espeak"), language.espeakVoice());
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.vocab = Objects.requireNonNull(vocab, "vocab");
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public String phonemize(String text) {
        List<EnglishTokenizer.Token> tokens = EnglishTokenizer.tokenize(text);
        List<String> texts = tokens.stream().map(EnglishTokenizer.Token::text).toList();
        String[] tags = PartOfSpeech.lexiconTags(texts, tagger.tag(texts));
        String[] phonemes = new String[tokens.size()];
        // Right to left, so each word knows how the next one starts.
        NextSound next = NextSound.PAUSE;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            EnglishTokenizer.Token token = tokens.get(i);
            phonemes[i] = token.isWord() ? words.pronounce(token.text(), tags[i], next) : punctuation(tokens, i);
            next = NextSound.startOf(phonemes[i], next);
        }
        PhonemeLine line = new PhonemeLine();
        for (int i = 0; i < phonemes.length; i++) {
            line.append(phonemes[i], tokens.get(i).spaceAfter());
        }
        return vocab.keepKnown(line.toString().replace('ɾ', 'T').replace('ʔ', 't'));
    }

    private static String punctuation(List<EnglishTokenizer.Token> tokens, int i) {
        int previous = -1;
        if (i > 0) {
            EnglishTokenizer.Token before = tokens.get(i - 1);
            previous = before.spaceAfter() ? ' ' : before.text().codePointBefore(before.text().length());
        }
        boolean opening = Punctuation.quoteOpensAfter(previous);
        return Punctuation.toKokoro(tokens.get(i).text().codePointAt(0), opening);
    }
}
