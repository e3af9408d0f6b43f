package dev.kokoro.text.normalize;

import java.util.Set;

/**
 * An English amount used as an adjective before a noun: "a $5 tip" is "a five-dollar tip", "a 10 KB
 * file" "a ten-kilobyte file", with the unit in the singular. Taken as one only after "a"/"an" and
 * before a lower-case word that is not a preposition or conjunction ("a 5 km of road" stays plural).
 */
final class Attributive {
    /** Words after an amount that do not make it an adjective: "a 5 km away", "a $5 or so". */
    private static final Set<String> NOT_NOUNS = Set.of("of", "or", "and", "to", "in", "on", "at", "for", "from",
            "per", "away", "long", "wide", "high", "deep", "tall", "old", "ago", "later", "each", "more", "less",
            "than", "is", "was", "are", "were", "by", "with", "a", "an", "the", "as", "so", "but", "off", "up",
            "down", "over", "under", "into", "plus", "minus");
    private static final int LONGEST_WORD = 30;

    private Attributive() {
    }

    /** Whether the amount written from {@code start} to {@code end} stands between "a"/"an" and a noun. */
    static boolean at(String text, int start, int end) {
        return afterArticle(text, start) && beforeNoun(text, end);
    }

    private static boolean afterArticle(String text, int start) {
        String word = Replacer.wordBefore(text, start, 2);
        return word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }

    private static boolean beforeNoun(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int i = end + 1;
        while (i < text.length() && Character.isLetter(text.charAt(i)) && i - end <= LONGEST_WORD) i++;
        return !NOT_NOUNS.contains(text.substring(end + 1, i));
    }
}
