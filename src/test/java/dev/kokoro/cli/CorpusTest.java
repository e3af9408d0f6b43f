package dev.kokoro.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.text.Language;
import org.junit.jupiter.api.Test;

class CorpusTest {
    private static final String CORPUS = "  First line.  \r\n\n \t\nMr. Smith arrived. Mrs. Jones left! Why?\nLast";

    @Test
    void linesAreTheNonBlankLinesStripped() {
        assertThat(Corpus.utterances(CORPUS, Corpus.Split.LINES, Language.AMERICAN_ENGLISH)).containsExactly(
                new Corpus.Utterance(1, "First line."),
                new Corpus.Utterance(4, "Mr. Smith arrived. Mrs. Jones left! Why?"),
                new Corpus.Utterance(5, "Last"));
    }

    /** Abbreviations such as "Mr." and "Mrs." end no sentence: a corpus line is raw text, not yet normalized. */
    @Test
    void sentencesKeepAbbreviationsInside() {
        assertThat(Corpus.utterances(CORPUS, Corpus.Split.SENTENCES, Language.AMERICAN_ENGLISH)).containsExactly(
                new Corpus.Utterance(1, "First line."),
                new Corpus.Utterance(4, "Mr. Smith arrived."),
                new Corpus.Utterance(4, "Mrs. Jones left!"),
                new Corpus.Utterance(4, "Why?"),
                new Corpus.Utterance(5, "Last"));
    }

    @Test
    void japaneseSentencesEndAtTheirOwnFullStop() {
        String line = "今日は晴れです。明日は雨です。";
        assertThat(Corpus.utterances(line, Corpus.Split.SENTENCES, Language.JAPANESE))
                .extracting(Corpus.Utterance::text).containsExactly("今日は晴れです。", "明日は雨です。");
    }
}
