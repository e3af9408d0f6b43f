package dev.kokoro.text.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the pieces of an address (URL, e-mail): letters as a word, or spelled out when they
 * cannot be said as one ("bbc" → "B B C"), digits digit by digit, separators as words.
 */
final class SpokenTokens {
    /** Two-letter labels said as words rather than spelled. */
    private static final Set<String> SAYABLE_PAIRS = Set.of("co", "go", "me", "my", "to", "so", "no", "we", "do", "hi");

    /** Address labels everyone says one way, which the letter rules would get wrong: "gmail" is not "G M A I L". */
    private static final Map<String, String> KNOWN_LABELS = Map.of("gmail", "G mail", "icloud", "I cloud",
            "protonmail", "proton mail", "hotmail", "hot mail", "googlemail", "google mail", "ymail", "Y mail");

    private SpokenTokens() {
    }

    /** One address piece made of letters, digits and the separators {@code . - _ + / ? = & # % : ~}. */
    static String read(String piece, RuleContext context) {
        LanguageWords w = context.words();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < piece.length()) {
            char c = piece.charAt(i);
            int j = i + 1;
            String word;
            if (Character.isLetter(c)) {
                while (j < piece.length() && Character.isLetter(piece.charAt(j))) j++;
                word = letters(piece.substring(i, j));
            } else if (Character.isDigit(c)) {
                while (j < piece.length() && Character.isDigit(piece.charAt(j))) j++;
                word = context.numbers().digits(piece.substring(i, j));
            } else {
                word = switch (c) {
                    case '.' -> w.dot();
                    case '-' -> w.dash();
                    case '_' -> w.underscore();
                    case '/' -> w.slash();
                    case '+' -> w.plus();
                    case '=' -> w.equals();
                    case '&' -> w.ampersand();
                    case ':' -> w.colon();
                    case '?' -> context.english() ? "question mark" : "";
                    case '#' -> context.english() ? "hash" : "";
                    case '%' -> context.english() ? "percent" : "";
                    case '~' -> context.english() ? "tilde" : "";
                    default -> "";
                };
            }
            if (!word.isEmpty()) {
                if (!out.isEmpty()) out.append(w.separator());
                out.append(word);
            }
            i = j;
        }
        return out.toString();
    }

    /** A run of letters: kept as a word if it can be said as one, else spelled in capitals. */
    static String letters(String run) {
        String lower = run.toLowerCase(Locale.ROOT);
        String known = KNOWN_LABELS.get(lower);
        if (known != null) return known;
        boolean spell = run.length() <= 2 ? !SAYABLE_PAIRS.contains(lower) : !Pronounceability.canSayAsWord(lower);
        return spell ? spell(run) : run;
    }

    /** "fbi" → "F B I": capital letters that an English G2P reads by their names. */
    static String spell(String letters) {
        StringBuilder sb = new StringBuilder(letters.length() * 2);
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0) sb.append(' ');
            sb.append(Character.toUpperCase(letters.charAt(i)));
        }
        return sb.toString();
    }
}
