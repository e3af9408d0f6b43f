package dev.kokoro.g2p.zh;

import com.huaban.analysis.jieba.JiebaSegmenter;
import java.util.List;

/**
 * Cuts a run of Chinese characters into words with jieba (the Java port, with the same dictionary and the
 * same most-probable-path and HMM cutting as the Python jieba misaki uses), so that words are found and
 * spaced as in Kokoro's training data. One known difference: where the best path leaves a run of single
 * characters that is itself a dictionary word (三点一四: 一四), the port keeps it whole and Python splits it.
 *
 * <p>Thread-safe: the dictionary is loaded once into a shared, read-only trie.
 */
final class ChineseSegmenter {
    private final JiebaSegmenter jieba = new JiebaSegmenter();

    /** Loads the dictionary (about 350,000 words) now rather than on the first request. */
    ChineseSegmenter() {
        jieba.sentenceProcess("中文");
    }

    /** The words of a run of Chinese characters, in order; together they spell the run. */
    List<String> words(String hanRun) {
        return jieba.sentenceProcess(hanRun);
    }
}
