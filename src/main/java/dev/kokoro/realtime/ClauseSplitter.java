package dev.kokoro.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts text that arrives in pieces (an LLM's reply, token by token) into clauses as soon as each is complete,
 * so speech can start before the text is finished. A clause ends at {@code , ; : . ! ? …} when whitespace
 * follows (a full stop in "3.5" or a comma in "1,000" is followed by more text, so it does not end one), or at a
 * CJK mark ({@code ，、；：。！？}) whatever follows it; closing quotes and brackets stay with their clause. A
 * full stop after a known abbreviation ("Mr.", "e.g.") or a single letter (an initial) ends nothing. Whether
 * a mark ends a clause can depend on the next character, so a clause cut across pieces is released only
 * once that character has arrived, or at {@link #flush}. Used by one thread.
 */
public final class ClauseSplitter {
    /** A run-on text with no clause mark is released at a space once this long, so speech does not stall. */
    static final int LONGEST_CLAUSE = 200;
    private static final String WESTERN_MARKS = ",;:.!?…";
    private static final String CJK_MARKS = "，、；：。！？｡､";
    private static final String CLOSERS = "\"')]}’”»」』）】";
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "vs", "etc", "e.g", "i.e", "no", "vol", "fig", "approx", "inc", "ltd", "co", "mt", "gen", "col", "sgt",
            "capt", "lt", "rev", "hon", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k");

    private final StringBuilder pending = new StringBuilder();
    /** Characters of {@link #pending} already known not to end a clause. */
    private int scanned;

    /** Adds a piece of text; returns the clauses it completed, in order (often none). */
    public List<String> add(String piece) {
        pending.append(piece);
        List<String> clauses = new ArrayList<>();
        for (int end = nextEnd(); end > 0; end = nextEnd()) {
            release(end, clauses);
        }
        if (pending.length() >= LONGEST_CLAUSE) {
            int space = pending.lastIndexOf(" ");
            if (space > 0) {
                release(space, clauses);
            }
        }
        return clauses;
    }

    /** The end of the turn: whatever is left is a clause, if it has anything to say. */
    public List<String> flush() {
        List<String> clauses = new ArrayList<>();
        release(pending.length(), clauses);
        return clauses;
    }

    /** Text received and not yet released. */
    public String pending() {
        return pending.toString();
    }

    /** Where the first complete clause of {@link #pending} ends (exclusive), or 0 when none is complete yet. */
    private int nextEnd() {
        for (int i = scanned; i < pending.length(); i++) {
            char c = pending.charAt(i);
            boolean cjk = CJK_MARKS.indexOf(c) >= 0;
            if (!cjk && WESTERN_MARKS.indexOf(c) < 0) {
                scanned = i + 1;
                continue;
            }
            int end = i + 1;
            while (end < pending.length()
                    && (WESTERN_MARKS.indexOf(pending.charAt(end)) >= 0 || CJK_MARKS.indexOf(pending.charAt(end)) >= 0
                    || CLOSERS.indexOf(pending.charAt(end)) >= 0)) {
                end++;
            }
            if (end == pending.length()) {
                return 0; // what follows decides: wait for it
            }
            if (cjk || Character.isWhitespace(pending.charAt(end))) {
                if (cjk || !abbreviation(i, end)) {
                    return end;
                }
            }
            scanned = end;
            i = end - 1;
        }
        return 0;
    }

    /** Whether the marks at {@code [mark, end)} are a lone full stop after an abbreviation or an initial. */
    private boolean abbreviation(int mark, int end) {
        if (end - mark != 1 || pending.charAt(mark) != '.') {
            return false;
        }
        int start = mark;
        while (start > 0 && (Character.isLetter(pending.charAt(start - 1)) || pending.charAt(start - 1) == '.')) {
            start--;
        }
        String word = pending.substring(start, mark).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(pending.charAt(start)) || ABBREVIATIONS.contains(word);
    }

    private void release(int end, List<String> clauses) {
        String clause = pending.substring(0, end).strip();
        pending.delete(0, end);
        scanned = 0;
        if (clause.codePoints().anyMatch(Character::isLetterOrDigit)) {
            clauses.add(clause);
        } else if (!clause.isEmpty() && !clauses.isEmpty()) {
            // Marks alone ("..." after a released clause) belong to the clause before.
            clauses.set(clauses.size() - 1, clauses.getLast() + clause);
        }
    }
}
