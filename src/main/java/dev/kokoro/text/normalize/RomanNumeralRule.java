package dev.kokoro.text.normalize;

import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Roman numerals where the context says they are numbers (English): after a monarch's or pope's
 * name as an ordinal ("Henry VIII" → "Henry the Eighth"), after a word such as "Chapter", "World
 * War" or "Super Bowl" as a cardinal ("Chapter IV" → "Chapter four"). The pronoun "I" and words
 * such as "MIX" or "CD" are never read as numbers.
 */
final class RomanNumeralRule implements NormalizationRule {
    private static final Set<String> REGNAL_NAMES = Set.of("Elizabeth", "Henry", "Louis", "George", "Charles",
            "Edward", "James", "William", "Richard", "John", "Peter", "Catherine", "Mary", "Benedict", "Pius", "Leo",
            "Gregory", "Napoleon", "Alexander", "Frederick", "Philip", "Ferdinand", "Nicholas", "Paul", "Innocent",
            "Clement", "Urban", "Boniface", "Alfonso", "Juan", "Carlos", "Felipe", "Ivan", "Constantine", "Ramesses",
            "Rameses", "Otto", "Wilhelm", "Victor", "Umberto", "Olaf", "Harald", "Gustav", "Haakon", "Christian",
            "Frederik", "Stephen", "David", "Robert", "Malcolm", "Alexios", "Andronikos", "Manuel", "Francis");
    private static final Set<String> COUNTING_WORDS = Set.of("Chapter", "chapter", "Part", "part", "Book", "book",
            "Volume", "volume", "Vol.", "Act", "act", "Scene", "scene", "Section", "section", "Article", "article",
            "Phase", "phase", "Episode", "episode", "Appendix", "appendix", "War", "Bowl", "Type", "type", "Class",
            "class", "Level", "level", "Stage", "stage", "Round", "round", "Title", "Unit", "Grade", "Mark", "Mk",
            "Apollo", "Gemini", "Vatican", "Rocky", "Fantasy", "Figure", "Table", "Plate", "Psalm", "Canto");
    private static final int LONGEST_WORD = 20;
    private static final Pattern ROMAN = Pattern.compile(
            "(?<=[\\p{L}.] )" + RomanNumerals.PATTERN + "(?![\\p{L}\\p{N}'’-])");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english()) return text;
        return Replacer.replace(text, ROMAN, m -> say(text, m, context));
    }

    private static String say(String text, MatchResult m, RuleContext context) {
        String roman = m.group("roman");
        if (roman.isEmpty()) return null;
        String prev = Replacer.wordBefore(text, m.start(), LONGEST_WORD);
        int value = RomanNumerals.value(roman);
        if (REGNAL_NAMES.contains(prev) && value <= 30) {
            return "the " + capitalize(context.numbers().ordinal(value, false));
        }
        // "part I think" is not "part one": a lone I needs a capitalized counting word.
        if (COUNTING_WORDS.contains(prev) && (!roman.equals("I") || Character.isUpperCase(prev.charAt(0)))) {
            return context.numbers().cardinal(value);
        }
        return null;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
