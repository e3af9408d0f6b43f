package dev.kokoro.g2p.ja;

import com.atilika.kuromoji.unidic.Token;
import com.atilika.kuromoji.unidic.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits Japanese text into words with their pronunciations: Kuromoji with UniDic 2.1.2, the dictionary
 * family misaki's Japanese path reads through MeCab (UniDic spells out how a word is said, with long vowels
 * as ー and the particles は/へ/を as ワ/エ/オ, which is what the phonemes are built from).
 *
 * <p>Loading the dictionary takes a few seconds, so one process-wide instance is built on first use.
 * Thread-safe: Kuromoji's tokenizer is.
 */
final class MorphologicalAnalyzer {
    private static final Logger log = LoggerFactory.getLogger(MorphologicalAnalyzer.class);

    private final Tokenizer tokenizer;

    private MorphologicalAnalyzer() {
        long start = System.nanoTime();
        tokenizer = new Tokenizer();
        log.info("Loaded the Japanese dictionary (Kuromoji UniDic) in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static final class Holder {
        static final MorphologicalAnalyzer INSTANCE = new MorphologicalAnalyzer();
    }

    /** The shared analyser, loading the dictionary on first call. */
    static MorphologicalAnalyzer shared() {
        return Holder.INSTANCE;
    }

    List<Morpheme> analyze(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Morpheme> morphemes = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            morphemes.add(new Morpheme(token.getSurface(),
                    token.isKnown() ? field(token.getPronunciation()) : "",
                    token.isKnown() ? field(token.getLemmaReadingForm()) : "",
                    token.getPartOfSpeechLevel1(), token.getPartOfSpeechLevel2()));
        }
        return morphemes;
    }

    /** UniDic writes a missing field as {@code *}. */
    private static String field(String value) {
        return value == null || value.equals("*") ? "" : value;
    }
}
