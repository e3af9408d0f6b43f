package dev.kokoro.captions;

import dev.kokoro.text.Cjk;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups timed words into phrase-sized cues, the way subtitlers do: at most two lines of at most
 * {@value #MAX_LINE} characters, a cue ends after a sentence, after a clause once it holds a fair amount of
 * text, and at a long silence. A word longer than a line is wrapped, one longer than a cue cut, by characters. Cues never overlap and
 * are never empty. Chinese and Japanese words are joined without a space. Stateless.
 */
public final class CueBuilder {
    static final int MAX_LINE = 42;
    static final int MAX_LINES = 2;
    /** A cue holding this much text ends at the next comma or semicolon. */
    private static final int CLAUSE_BREAK_CHARS = 30;
    /** A silence this long between two words ends the cue: the screen should not show text nobody says. */
    private static final double SILENCE_BREAK_SECONDS = 1.0;
    /** The shortest time a cue shows when its words have no length of their own. */
    private static final double MIN_CUE_SECONDS = 0.2;

    private CueBuilder() {
    }

    public static List<Cue> cues(List<TimedWord> words) {
        List<Cue> cues = new ArrayList<>();
        Draft draft = null;
        TimedWord previous = null;
        for (TimedWord word : screenSized(words)) {
            String text = word.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean silence = previous != null && word.start() - previous.end() >= SILENCE_BREAK_SECONDS;
            if (draft != null && (silence || !draft.fits(text, joiner(previous.text(), text)))) {
                cues.add(draft.cue());
                draft = null;
            }
            if (draft == null) {
                draft = new Draft(word.start());
            }
            draft.add(text, previous == null ? " " : joiner(previous.text(), text), word.end());
            previous = word;
            if (endsSentence(text) || endsClause(text) && draft.chars() >= CLAUSE_BREAK_CHARS) {
                cues.add(draft.cue());
                draft = null;
            }
        }
        if (draft != null) {
            cues.add(draft.cue());
        }
        return separated(cues);
    }

    /** Words too long for one cue cut into pieces that fit, each with its share of the word's time. */
    private static List<TimedWord> screenSized(List<TimedWord> words) {
        int most = MAX_LINE * MAX_LINES;
        List<TimedWord> out = new ArrayList<>(words.size());
        for (TimedWord word : words) {
            String text = word.text().strip();
            int length = length(text);
            if (length <= most) {
                out.add(word);
                continue;
            }
            double perChar = (word.end() - word.start()) / length;
            for (int from = 0; from < length; from += most) {
                int to = Math.min(length, from + most);
                String piece = text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to));
                out.add(new TimedWord(piece, word.start() + from * perChar, word.start() + to * perChar));
            }
        }
        return out;
    }

    /**
     * Gives each cue a moment on screen even when its words have no length of their own, moving a following
     * cue's start as far as needed so that none overlaps the one before.
     */
    private static List<Cue> separated(List<Cue> cues) {
        List<Cue> out = new ArrayList<>(cues.size());
        double previousEnd = 0;
        for (Cue cue : cues) {
            double start = Math.max(cue.start(), previousEnd);
            double end = Math.max(cue.end(), start + MIN_CUE_SECONDS);
            out.add(new Cue(start, end, cue.lines()));
            previousEnd = end;
        }
        return out;
    }

    private static String joiner(String before, String after) {
        return Cjk.isCjkOrFullWidth(before.codePointBefore(before.length())) && Cjk.isCjkOrFullWidth(after.codePointAt(0))
                ? "" : " ";
    }

    private static boolean endsSentence(String text) {
        return ".!?…。！？".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static boolean endsClause(String text) {
        return ",;:，、；：".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** The cue being filled. */
    private static final class Draft {
        private final double start;
        private double end;
        private final List<StringBuilder> lines = new ArrayList<>();

        Draft(double start) {
            this.start = start;
            this.end = start;
        }

        /** Whether the word still fits the cue's lines. */
        boolean fits(String word, String joiner) {
            StringBuilder last = lines.getLast();
            if (length(last) + joiner.length() + length(word) <= MAX_LINE) {
                return true;
            }
            return lines.size() < MAX_LINES && length(word) <= MAX_LINE;
        }

        void add(String word, String joiner, double wordEnd) {
            if (lines.isEmpty()) {
                lines.add(new StringBuilder());
            }
            StringBuilder last = lines.getLast();
            if (!last.isEmpty() && length(last) + joiner.length() + length(word) <= MAX_LINE) {
                last.append(joiner).append(word);
            } else {
                String rest = word;
                if (!last.isEmpty()) {
                    last = new StringBuilder();
                    lines.add(last);
                }
                // Only a word longer than a line gets here with more than a line of text: wrap it.
                while (length(rest) > MAX_LINE) {
                    int cut = rest.offsetByCodePoints(0, MAX_LINE);
                    last.append(rest, 0, cut);
                    rest = rest.substring(cut);
                    last = new StringBuilder();
                    lines.add(last);
                }
                last.append(rest);
            }
            end = Math.max(end, wordEnd);
        }

        int chars() {
            return lines.stream().mapToInt(CueBuilder::length).sum();
        }

        Cue cue() {
            return new Cue(start, end, lines.stream().map(StringBuilder::toString).toList());
        }
    }

    private static int length(CharSequence s) {
        return Character.codePointCount(s, 0, s.length());
    }
}
