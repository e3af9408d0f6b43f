package dev.kokoro.cli;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.kokoro.text.Language;
import java.util.ArrayList;
import java.util.List;

/** The utterances of a dataset corpus: its non-blank lines, or the sentences of each line. */
final class Corpus {
    private Corpus() {
    }

    /** How a corpus is cut into utterances. */
    enum Split {
        LINES, SENTENCES
    }

    /**
     * One utterance.
     *
     * @param line the line of the corpus it comes from, from 1, for messages
     */
    record Utterance(int line, String text) {
    }

    static List<Utterance> utterances(String corpus, Split split, Language language) {
        List<Utterance> utterances = new ArrayList<>();
        String[] lines = corpus.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (split == Split.LINES) {
                utterances.add(new Utterance(i + 1, line));
            } else {
                for (String sentence : sentences(line, language)) {
                    utterances.add(new Utterance(i + 1, sentence));
                }
            }
        }
        return utterances;
    }

    /**
     * ICU's sentence breaks with the language's abbreviation list ({@code ss=standard}): a corpus line is
     * raw text, where "Mr. Smith" must stay one sentence. (The speech pipeline splits text that is already
     * normalized, where "Mr." has become "Mister", and needs no such list.)
     */
    private static List<String> sentences(String line, Language language) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(
                ULocale.forLocale(language.locale()).setKeywordValue("ss", "standard"));
        breaks.setText(line);
        List<String> sentences = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = line.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
