package dev.kokoro.g2p;

import ai.onnxruntime.OrtEnvironment;
import dev.kokoro.g2p.neural.EnglishG2pModel;
import dev.kokoro.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * Measures how English words the lexicon lacks are read: the phoneme error rate (edit distance over phoneme
 * symbols divided by the reference length, stress marks removed from both) on a list of held-out words,
 * against their lexicon pronunciations (gold, else silver, DEFAULT sense), with those words removed from
 * the lexicon. Three readers: espeak-ng alone, the trained model alone, and the whole word path of
 * {@link EnglishWords} (lexicon without the words, inflection rules, model, espeak-ng). Also the model's
 * load time and single-threaded per-word latency.
 *
 * <p>Run: {@code scripts/g2p-eval [LEXICON_DIR [EVALUATION_WORDS]]}, or
 * {@code java -cp target/kokoro-server.jar dev.kokoro.g2p.G2pEvaluation LEXICON_DIR EVALUATION_WORDS}.
 * The words must have been left out of the model's training ({@code scripts/g2p-train/train.py} does).
 */
public final class G2pEvaluation {
    /** Phoneme error rates (0..1) on one dialect's reference pronunciations. */
    record Scores(int words, double espeak, double model, double wordPath) {
    }

    private G2pEvaluation() {
    }

    /** Scores the three readers on {@code words}, each removed from the dialect's lexicon first. */
    static Scores score(Path lexiconDir, List<String> words, boolean british, EnglishG2pModel model, EspeakNg espeak) {
        Lexicon full = Lexicon.load(lexiconDir, british);
        Language language = british ? Language.BRITISH_ENGLISH : Language.AMERICAN_ENGLISH;
        EnglishWords withoutThem = new EnglishWords(full.without(new HashSet<>(words)), british, model, espeak,
                language.espeakVoice());
        ErrorRate espeakOnly = new ErrorRate();
        ErrorRate modelOnly = new ErrorRate();
        ErrorRate wordPath = new ErrorRate();
        int scored = 0;
        for (String word : words) {
            LexiconEntry entry = full.find(word);
            String reference = entry == null ? null : entry.pronunciation(null, false);
            if (reference == null) {
                continue;
            }
            scored++;
            espeakOnly.add(withoutThem.fromEspeak(word), reference);
            String guessed = withoutThem.fromModel(word);
            modelOnly.add(guessed != null ? guessed : "", reference);
            wordPath.add(withoutThem.pronounce(word, null, NextSound.PAUSE), reference);
        }
        return new Scores(scored, espeakOnly.rate(), modelOnly.rate(), wordPath.rate());
    }

    /** Edit distance over phoneme symbols, summed over words, over the summed reference length. */
    static final class ErrorRate {
        private static final UnaryOperator<String> UNSTRESSED = p -> p.replace("ˈ", "").replace("ˌ", "");
        private long errors;
        private long length;

        void add(String guess, String reference) {
            int[] g = UNSTRESSED.apply(guess).codePoints().toArray();
            int[] r = UNSTRESSED.apply(reference).codePoints().toArray();
            errors += editDistance(g, r);
            length += r.length;
        }

        double rate() {
            return length == 0 ? 0 : (double) errors / length;
        }

        static int editDistance(int[] a, int[] b) {
            int[] row = new int[b.length + 1];
            for (int j = 0; j <= b.length; j++) {
                row[j] = j;
            }
            for (int i = 1; i <= a.length; i++) {
                int diagonal = row[0];
                row[0] = i;
                for (int j = 1; j <= b.length; j++) {
                    int above = row[j];
                    row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                    diagonal = above;
                }
            }
            return row[b.length];
        }
    }

    static List<String> readWords(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    public static void main(String[] args) throws IOException {
        Path lexiconDir = Path.of(args.length > 0 ? args[0] : "../shared/assets/lexicons")
                .toAbsolutePath().normalize();
        Path wordFile = Path.of(args.length > 1 ? args[1] : "../shared/g2p/evaluation-words.txt")
                .toAbsolutePath().normalize();
        List<String> words = readWords(wordFile);

        // Logging is set up before the clock starts: a server has done that long before it loads the model.
        LoggerFactory.getLogger(G2pEvaluation.class).debug("Evaluating on {}", wordFile);
        long start = System.nanoTime();
        OrtEnvironment.getEnvironment();
        double runtimeMs = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        EnglishG2pModel model = EnglishG2pModel.load();
        double loadMs = (System.nanoTime() - start) / 1e6;

        System.out.printf(Locale.ROOT, "English G2P on %d held-out words (%s), phoneme error rate, stress ignored%n",
                words.size(), wordFile);
        System.out.printf(Locale.ROOT, "%-8s %6s %10s %10s %10s%n", "dialect", "words", "espeak-ng", "model", "word path");
        for (boolean british : new boolean[] {false, true}) {
            Scores s = score(lexiconDir, words, british, model, EspeakNg.shared());
            System.out.printf(Locale.ROOT, "%-8s %6d %9.2f%% %9.2f%% %9.2f%%%n", british ? "en-gb" : "en-us",
                    s.words(), 100 * s.espeak(), 100 * s.model(), 100 * s.wordPath());
        }
        long[] nanos = latencies(model, words);
        System.out.printf(Locale.ROOT, "model: loaded in %.0f ms (after %.0f ms starting ONNX Runtime); per word, "
                + "one thread: mean %.0f µs, median %.0f µs, p99 %.0f µs%n", loadMs, runtimeMs,
                Arrays.stream(nanos).average().orElse(0) / 1e3,
                nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3);
    }

    /** Sorted single-threaded model call times over the words, after one warm-up pass. */
    private static long[] latencies(EnglishG2pModel model, List<String> words) {
        words.forEach(w -> model.phonemes(w, false));
        List<Long> times = new ArrayList<>(words.size());
        for (String word : words) {
            long t = System.nanoTime();
            model.phonemes(word, false);
            times.add(System.nanoTime() - t);
        }
        return times.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
