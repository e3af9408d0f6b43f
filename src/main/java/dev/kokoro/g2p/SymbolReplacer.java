package dev.kokoro.g2p;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Rewrites phoneme strings in one left-to-right pass: at each position the longest matching key wins,
 * and replaced text is never looked at again (so {@code ɚ → əɹ} cannot be re-read by an {@code r} rule).
 *
 * <p>Immutable and thread-safe.
 */
final class SymbolReplacer {
    private final List<Map.Entry<String, String>> longestFirst;

    SymbolReplacer(Map<String, String> replacements) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(replacements.entrySet());
        entries.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        this.longestFirst = List.copyOf(entries);
    }

    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        next:
        while (i < text.length()) {
            for (Map.Entry<String, String> e : longestFirst) {
                if (text.startsWith(e.getKey(), i)) {
                    out.append(e.getValue());
                    i += e.getKey().length();
                    continue next;
                }
            }
            out.append(text.charAt(i++));
        }
        return out.toString();
    }
}
