package dev.kokoro.speech;

import dev.kokoro.text.Cjk;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a text as a reader counts them: runs between spaces that hold a letter or a digit ("—" is no
 * word); {@link #trimPunctuation} takes the punctuation off their edges ("(40–60°C)," → "40–60°C").
 * Chinese and Japanese put no spaces between words: there a run also ends after a comma or a stop, so their
 * "words" are phrases.
 */
final class WrittenWords {
    private WrittenWords() {
    }

    /** Where runs end besides spaces: the full-width punctuation of Chinese and Japanese. */
    private static final String PHRASE_ENDS = "。、，！？；：";

    /** A run of text between spaces (or after a phrase end), and where it starts. */
    record Run(String text, int start) {
    }

    static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
                if (endsPhrase(text, i)) {
                    break;
                }
            }
            if (i > start) {
                runs.add(new Run(text.substring(start, i), start));
            }
        }
        return runs;
    }

    /**
     * Whether a run ends at i: after full-width punctuation, or after the half-width marks the normalizer puts
     * in their place when Chinese or Japanese text follows.
     */
    private static boolean endsPhrase(String text, int i) {
        char c = text.charAt(i - 1);
        if (PHRASE_ENDS.indexOf(c) >= 0) {
            return true;
        }
        return ".,!?;:".indexOf(c) >= 0 && i < text.length() && Cjk.isCjk(text.codePointAt(i));
    }

    /** The runs that are words, punctuation still attached. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (Run run : runs(text)) {
            if (run.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(run.text());
            }
        }
        return words;
    }

    /** The token without the punctuation marks at its start and end (symbols such as $ or ° stay). */
    static String trimPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && isPunctuation(token.codePointAt(start))) {
            start += Character.charCount(token.codePointAt(start));
        }
        while (end > start && isPunctuation(token.codePointBefore(end))) {
            end -= Character.charCount(token.codePointBefore(end));
        }
        return token.substring(start, end);
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
