package dev.kokoro.g2p.ja;

import dev.kokoro.g2p.LanguageDataMissingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * misaki's list of Japanese words ({@code ja_words.txt}, about 147,000 entries such as 行きます or 食べた),
 * which decides where the spaces go in the phonemes: misaki joins the analyser's pieces into one word
 * whenever, taken together, they are an entry (行き + ます is 行きます, said as one word), and separates
 * words by spaces, so Kokoro's Japanese voices were trained on that spacing.
 *
 * <p>Immutable after loading and thread-safe.
 */
final class JapaneseWordList {
    private static final Logger log = LoggerFactory.getLogger(JapaneseWordList.class);
    static final String FILE_NAME = "ja_words.txt";

    private final Set<String> words;
    private final int longest;

    JapaneseWordList(Set<String> words) {
        this.words = Set.copyOf(words);
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Reads {@value #FILE_NAME} from the lexicon folder. */
    static JapaneseWordList load(Path lexiconDir) {
        Path file = lexiconDir.resolve(FILE_NAME);
        long start = System.nanoTime();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            Set<String> words = new HashSet<>();
            lines.map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
            JapaneseWordList list = new JapaneseWordList(words);
            log.info("Loaded {} Japanese words from {} in {} ms", words.size(), file, (System.nanoTime() - start) / 1_000_000);
            return list;
        } catch (IOException e) {
            throw new LanguageDataMissingException("Cannot read misaki's Japanese word list " + file
                    + ": run scripts/fetch-assets, which installs it.", e);
        }
    }

    /** The words with each run of readings that is, taken together, an entry joined into one word. */
    List<Word> join(List<Word> words) {
        List<Word> joined = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).kind() != Word.Kind.READING) {
                joined.add(words.get(i++));
                continue;
            }
            int runEnd = i;
            while (runEnd < words.size() && words.get(runEnd).kind() == Word.Kind.READING) {
                runEnd++;
            }
            List<Word> run = words.subList(i, runEnd);
            List<String> surfaces = run.stream().map(Word::surface).toList();
            int at = 0;
            while (at < run.size()) {
                int end = wordEnd(surfaces, at, run.size());
                StringBuilder surface = new StringBuilder();
                StringBuilder reading = new StringBuilder();
                run.subList(at, end).forEach(w -> {
                    surface.append(w.surface());
                    reading.append(w.text());
                });
                joined.add(Word.reading(surface.toString(), reading.toString()));
                at = end;
            }
            i = runEnd;
        }
        return joined;
    }

    /**
     * Where the word starting at {@code from} ends: the longest run of pieces {@code surfaces[from..end)},
     * ending at {@code limit} at most, that is an entry, or {@code from + 1} when none is.
     */
    int wordEnd(List<String> surfaces, int from, int limit) {
        StringBuilder joined = new StringBuilder();
        int end = from + 1;
        for (int i = from; i < limit; i++) {
            joined.append(surfaces.get(i));
            if (joined.length() > longest) {
                break;
            }
            if (words.contains(joined.toString())) {
                end = i + 1;
            }
        }
        return end;
    }
}
