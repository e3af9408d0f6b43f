package dev.kokoro.speech;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The written words of one text segment, matched first to the words its normalization produced, then to
 * the phoneme words the G2P made of each sentence, so that each written word gets a {@link WordMark} before
 * its first phoneme.
 *
 * <p>Written and normalized words are matched by walking both in order: equal words anchor, and the run
 * between two anchors ("$5" against "five dollars") is shared out in order. Phoneme words are matched to
 * normalized words one to one when the G2P kept them one to one (it does for most sentences), else in
 * proportion. Both walks are linear. Not thread-safe: one per segment.
 */
final class SegmentWords {
    /** How far ahead the two word lists are searched for the next equal pair. */
    private static final int RESYNC_WINDOW = 24;

    private record Token(String text, int start, boolean countable) {
    }

    private final List<Token> tokens;
    private final List<CaptionWord> words;
    /** For each written word, the index of its first normalized token (tokens.size() when it has none left). */
    private final int[] firstToken;
    private int next;
    private int tokenCursor;

    private SegmentWords(List<Token> tokens, List<CaptionWord> words, int[] firstToken) {
        this.tokens = tokens;
        this.words = words;
        this.firstToken = firstToken;
    }

    static SegmentWords align(String written, String normalized) {
        List<String> writtenWords = WrittenWords.of(written);
        List<Token> tokens = tokens(normalized);
        int[] first = new int[writtenWords.size()];
        int[] last = new int[writtenWords.size()];
        int i = 0;
        int j = 0;
        while (i < writtenWords.size()) {
            if (j < tokens.size() && same(writtenWords.get(i), tokens.get(j).text())) {
                first[i] = j;
                last[i] = j + 1;
                i++;
                j++;
                continue;
            }
            int[] anchor = nextAnchor(writtenWords, tokens, i, j);
            int wordsInRun = anchor[0] - i;
            int tokensInRun = anchor[1] - j;
            for (int k = 0; k < wordsInRun; k++) {
                first[i + k] = j + (int) ((long) k * tokensInRun / wordsInRun);
                last[i + k] = j + (int) ((long) (k + 1) * tokensInRun / wordsInRun);
            }
            if (wordsInRun == 0 && i > 0) {
                last[i - 1] = anchor[1]; // words the normalizer added belong to the word before them
            }
            i = anchor[0];
            j = anchor[1];
        }
        List<CaptionWord> words = new ArrayList<>(writtenWords.size());
        for (int k = 0; k < writtenWords.size(); k++) {
            String spoken = spoken(tokens, first[k], last[k]);
            String word = WrittenWords.trimPunctuation(writtenWords.get(k));
            words.add(new CaptionWord(word, spoken.equals(word) ? null : spoken, writtenWords.get(k)));
        }
        return new SegmentWords(tokens, words, first);
    }

    /**
     * The phonemes of the sentence held by normalized[start, end), with a mark before the first phoneme of
     * each written word that starts there; those words are added to {@code marked} in order.
     */
    String mark(String phonemes, int start, int end, Collection<CaptionWord> marked) {
        int from = firstTokenAt(start);
        int to = firstTokenAt(end);
        List<Integer> countable = new ArrayList<>();
        for (int t = from; t < to; t++) {
            if (tokens.get(t).countable()) {
                countable.add(t);
            }
        }
        String[] phonemeWords = phonemes.strip().isEmpty() ? new String[0] : phonemes.strip().split(" +");
        List<Integer> sounding = new ArrayList<>();
        for (int p = 0; p < phonemeWords.length; p++) {
            if (PhonemeSymbols.hasSound(phonemeWords[p])) {
                sounding.add(p);
            }
        }
        int[] marksBefore = new int[phonemeWords.length + 1];
        // q counts the countable tokens before the word's first one; words start in order, so q only grows.
        int q = 0;
        while (next < words.size() && firstToken[next] < to) {
            while (q < countable.size() && countable.get(q) < firstToken[next]) {
                q++;
            }
            int soundIndex = countable.size() == sounding.size()
                    ? q : (int) ((long) q * sounding.size() / Math.max(1, countable.size()));
            marksBefore[soundIndex < sounding.size() ? sounding.get(soundIndex) : phonemeWords.length]++;
            marked.add(words.get(next++));
        }
        StringBuilder out = new StringBuilder(phonemes.length() + 8);
        for (int p = 0; p <= phonemeWords.length; p++) {
            if (p > 0 && p < phonemeWords.length) {
                out.append(' ');
            }
            out.append(String.valueOf(WordMark.MARK).repeat(marksBefore[p]));
            if (p < phonemeWords.length) {
                out.append(phonemeWords[p]);
            }
        }
        return out.toString();
    }

    /** The written words no sentence took (the normalizer left nothing of them at the end). */
    List<CaptionWord> rest() {
        List<CaptionWord> rest = new ArrayList<>(words.subList(next, words.size()));
        next = words.size();
        return rest;
    }

    /** The first token starting at or after a char offset; offsets only grow, so the search goes on from the last. */
    private int firstTokenAt(int charOffset) {
        while (tokenCursor < tokens.size() && tokens.get(tokenCursor).start() < charOffset) {
            tokenCursor++;
        }
        return tokenCursor;
    }

    /** The nearest pair (written index, token index) at or after (i, j) holding equal words, or both ends. */
    private static int[] nextAnchor(List<String> written, List<Token> tokens, int i, int j) {
        for (int distance = 1; distance <= 2 * RESYNC_WINDOW; distance++) {
            for (int a = Math.max(0, distance - RESYNC_WINDOW); a <= Math.min(distance, RESYNC_WINDOW); a++) {
                int b = distance - a;
                if (i + a < written.size() && j + b < tokens.size() && same(written.get(i + a), tokens.get(j + b).text())) {
                    return new int[] {i + a, j + b};
                }
            }
        }
        return new int[] {written.size(), tokens.size()};
    }

    private static boolean same(String writtenWord, String token) {
        String key = key(writtenWord);
        return !key.isEmpty() && key.equals(key(token));
    }

    /** Letters and digits only, lower case: "World," and "world" are the same word. */
    private static String key(String word) {
        StringBuilder key = new StringBuilder(word.length());
        word.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static String spoken(List<Token> tokens, int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int t = from; t < to && t < tokens.size(); t++) {
            String part = WrittenWords.trimPunctuation(tokens.get(t).text());
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    private static List<Token> tokens(String normalized) {
        return WrittenWords.runs(normalized).stream().map(run -> new Token(run.text(), run.start(),
                run.text().codePoints().anyMatch(Character::isLetterOrDigit))).toList();
    }
}
