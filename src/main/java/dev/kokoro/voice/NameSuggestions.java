package dev.kokoro.voice;

import dev.kokoro.text.EditDistance;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the installed names a mistyped voice name was probably meant to be. Stateless. */
final class NameSuggestions {
    private NameSuggestions() {
    }

    /**
     * Up to {@code max} names within a few edits of {@code query}, closest first; a name also matches by the part
     * after its prefix ({@code bella} finds {@code af_bella}). Empty when none is close.
     */
    static List<String> closest(String query, Collection<String> names, int max) {
        String q = query.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, q.length() / 3);
        return names.stream()
                .filter(name -> distance(q, name) <= tolerance)
                .sorted(Comparator.comparingInt((String name) -> distance(q, name)).thenComparing(name -> name))
                .limit(max)
                .toList();
    }

    private static int distance(String query, String name) {
        int underscore = name.indexOf('_');
        int whole = EditDistance.levenshtein(query, name);
        return underscore < 0
                ? whole
                : Math.min(whole, EditDistance.levenshtein(query, name.substring(underscore + 1)));
    }
}
