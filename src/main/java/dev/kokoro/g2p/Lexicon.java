package dev.kokoro.g2p;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * misaki's pronunciation lexicon for one English dialect: the hand-checked gold file first, then the larger
 * silver one ({@code us_gold.json} + {@code us_silver.json}, or the {@code gb_} pair).
 *
 * <p>Lookups forgive capitalisation the way misaki does: a lowercase headword also answers its capitalised
 * form and vice versa ("paris" finds "Paris"), and an all-capitals word not listed as such falls back to
 * its lowercase form ("HELLO" finds "hello"; "NASA" is listed as is).
 *
 * <p>Immutable after construction and thread-safe.
 */
final class Lexicon {
    private static final Logger log = LoggerFactory.getLogger(Lexicon.class);
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, LexiconEntry> gold;
    private final Map<String, LexiconEntry> silver;

    private Lexicon(Map<String, LexiconEntry> gold, Map<String, LexiconEntry> silver) {
        this.gold = gold;
        this.silver = silver;
    }

    /** Reads {@code <dialect>_gold.json} and {@code <dialect>_silver.json} from {@code directory}. */
    static Lexicon load(Path directory, boolean british) {
        String dialect = british ? "gb" : "us";
        long start = System.nanoTime();
        Lexicon lexicon = new Lexicon(read(directory.resolve(dialect + "_gold.json")),
                read(directory.resolve(dialect + "_silver.json")));
        log.info("Loaded the {} lexicon ({} gold + {} silver words) in {} ms", dialect,
                lexicon.gold.size(), lexicon.silver.size(), (System.nanoTime() - start) / 1_000_000);
        return lexicon;
    }

    /**
     * This lexicon without the given words in any capitalisation. Only for measuring how words the lexicon
     * lacks are read ({@link G2pEvaluation}); the server always uses the whole lexicon.
     */
    Lexicon without(Set<String> words) {
        Set<String> lowercase = new HashSet<>();
        words.forEach(w -> lowercase.add(w.toLowerCase(Locale.ROOT)));
        return new Lexicon(withoutWords(gold, lowercase), withoutWords(silver, lowercase));
    }

    private static Map<String, LexiconEntry> withoutWords(Map<String, LexiconEntry> entries, Set<String> lowercase) {
        Map<String, LexiconEntry> kept = new HashMap<>(entries);
        kept.keySet().removeIf(word -> lowercase.contains(word.toLowerCase(Locale.ROOT)));
        return kept;
    }

    /** The entry for a word as written, or null when neither file knows it. */
    LexiconEntry find(String word) {
        LexiconEntry entry = findCased(word);
        if (entry == null && word.length() > 1 && isAllCapitals(word)) {
            entry = findCased(word.toLowerCase(Locale.ROOT));
        }
        return entry;
    }

    /** The entry for a word in the capitalisation written, forgiving only a capital first letter. */
    LexiconEntry findCased(String word) {
        LexiconEntry entry = findIn(gold, word);
        return entry != null ? entry : findIn(silver, word);
    }

    private static LexiconEntry findIn(Map<String, LexiconEntry> words, String word) {
        LexiconEntry entry = words.get(word);
        if (entry != null || word.length() < 2) {
            return entry;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String capitalised = lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
        if (word.equals(lower)) {
            return words.get(capitalised);
        }
        return word.equals(capitalised) ? words.get(lower) : null;
    }

    static boolean isAllCapitals(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, LexiconEntry> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("English lexicon file not found: " + file.toAbsolutePath());
        }
        Map<String, LexiconEntry> entries = new HashMap<>(200_000);
        try (JsonParser p = JSON.createParser(file.toFile())) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String word = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    entries.put(word, new LexiconEntry.Single(p.getText()));
                } else {
                    expect(p, value, JsonToken.START_OBJECT, file);
                    entries.put(word, new LexiconEntry.ByTag(readTagged(p, file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the English lexicon " + file.toAbsolutePath(), e);
        }
        return entries;
    }

    private static Map<String, String> readTagged(JsonParser p, Path file) throws IOException {
        Map<String, String> byTag = new HashMap<>(4);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String tag = p.currentName();
            JsonToken value = p.nextToken();
            // A null pronunciation means "this form is not read from the lexicon" (misaki spells it instead).
            byTag.put(tag, value == JsonToken.VALUE_NULL ? null : p.getText());
        }
        if (!byTag.containsKey(LexiconEntry.DEFAULT)) {
            throw new IllegalStateException(file + ": entry without " + LexiconEntry.DEFAULT + " at " + p.currentLocation());
        }
        return Collections.unmodifiableMap(byTag);
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected, Path file) {
        if (actual != expected) {
            throw new IllegalStateException(file + ": expected " + expected + " but found " + actual
                    + " at " + p.currentLocation());
        }
    }
}
