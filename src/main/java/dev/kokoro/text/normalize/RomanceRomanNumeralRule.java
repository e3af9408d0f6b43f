package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Roman numerals in Spanish, French, Italian and Portuguese, where the context says they are
 * numbers, read as each language reads them:
 * <ul>
 *   <li>after a monarch's or pope's name: "Felipe VI" → "Felipe sexto", "Alfonso XIII" → "Alfonso
 *       trece" (Spanish and Portuguese: ordinals up to ten, then cardinals), "Luigi XIV" → "Luigi
 *       quattordicesimo" (Italian: ordinals), "Louis XIV" → "Louis quatorze" (French: cardinals but
 *       "premier");</li>
 *   <li>centuries: "siglo XXI" → "siglo veintiuno", "século XXI" → "século vinte e um", "XXI
 *       secolo" → "ventunesimo secolo", French "XXe siècle" → "vingtième siècle" (any numeral with
 *       the ordinal ending e/ème/er/re);</li>
 *   <li>after "capítulo", "chapitre", "tomo"…: a cardinal (Italian: an ordinal); before "Guerra":
 *       the feminine ordinal, "II Guerra Mundial" → "segunda Guerra Mundial".</li>
 * </ul>
 */
final class RomanceRomanNumeralRule implements NormalizationRule {
    private static final Set<String> REGNAL_NAMES = Set.of("Felipe", "Carlos", "Juan", "Alfonso", "Fernando",
            "Enrique", "Pedro", "Jaime", "Pablo", "Benedicto", "León", "Pío", "Gregorio", "Sancho", "Ramiro",
            "Francisco", "Luis", "Luigi", "Vittorio", "Emanuele", "Umberto", "Carlo", "Enrico", "Benedetto", "Giovanni",
            "Paolo", "Pio", "Leone", "Francesco", "Ferdinando", "Federico", "Napoleone", "Giulio", "Innocenzo",
            "Clemente", "Urbano", "Bonifacio", "Sisto", "João", "Manuel", "Afonso", "Sebastião", "José", "Luís",
            "Filipe", "Bento", "Paulo", "Leão", "Henrique", "Louis", "Henri", "Charles", "François", "Philippe",
            "Napoléon", "Jean", "Paul", "Benoît", "Léon", "Pie", "Édouard", "Guillaume", "Grégoire", "Clément",
            "Innocent", "Urbain", "Boniface", "Alexandre", "Nicolás", "Nicolau", "Nicola", "Nicolas", "Otón", "Ottone",
            "Guillermo", "Guglielmo", "Ricardo", "Riccardo", "Richard", "Eduardo", "Edoardo", "Jorge", "Giorgio",
            "Georges", "Jacques", "Iván", "Ivan", "Constantino", "Costantino", "Constantin");
    private static final Set<String> FEMININE_NAMES = Set.of("Isabel", "Isabella", "Elisabetta", "Élisabeth",
            "Elizabeth", "Juana", "Maria", "María", "Marie", "Catalina", "Caterina", "Catherine", "Margarita",
            "Margherita", "Marguerite", "Victoria", "Vittoria", "Cristina", "Christine", "Ana", "Anna", "Anne",
            "Leonor", "Beatriz", "Beatrice", "Giovanna", "Jeanne", "Joana", "Urraca");
    private static final Set<String> CENTURY_WORDS = Set.of("siglo", "Siglo", "século", "Século", "secolo", "Secolo",
            "s.");
    private static final Set<String> COUNTING_WORDS = Set.of("capítulo", "Capítulo", "capitolo", "Capitolo",
            "chapitre", "Chapitre", "tomo", "Tomo", "tome", "Tome", "volumen", "Volumen", "volume", "Volume", "parte",
            "Parte", "partie", "Partie", "acto", "Acto", "atto", "Atto", "acte", "Acte", "ato", "Ato", "fase", "Fase",
            "phase", "Phase", "nivel", "Nivel", "livello", "Livello", "niveau", "Niveau", "nível", "Nível", "libro",
            "Libro", "livre", "Livre", "livro", "Livro", "artículo", "Artículo", "articolo", "Articolo", "article",
            "Article", "artigo", "Artigo", "Vaticano", "Vatican");
    private static final int LONGEST_WORD = 20;
    private static final Pattern AFTER_WORD = Pattern.compile(
            "(?<=[\\p{L}.] )" + RomanNumerals.PATTERN + "(?![\\p{L}\\p{N}'’-])");
    private static final Pattern BEFORE_NOUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + RomanNumerals.PATTERN + "(?= (?<noun>secolo|Guerra|guerra)(?![\\p{L}]))");
    private static final Pattern FRENCH_ORDINAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + RomanNumerals.PATTERN + "(?<suffix>ème|ère|er|re|e)(?![\\p{L}\\p{N}])");

    @Override
    public String apply(String text, RuleContext context) {
        Language language = context.language();
        if (!LanguageWords.usesDecimalComma(language)) return text;
        String out = text;
        if (language == Language.FRENCH) {
            String in = out;
            out = Replacer.replace(in, FRENCH_ORDINAL, m -> frenchOrdinal(m, context));
        } else {
            String in = out;
            out = Replacer.replace(in, BEFORE_NOUN, m -> beforeNoun(m, context));
        }
        String in = out;
        return Replacer.replace(in, AFTER_WORD, m -> afterWord(in, m, context));
    }

    private static String frenchOrdinal(MatchResult m, RuleContext context) {
        String roman = m.group("roman");
        // "Ce", "De", "Le", "Me" are words: an ordinal numeral has an I, V or X.
        if (roman.isEmpty() || !containsAny(roman, "IVX")) return null;
        boolean feminine = m.group("suffix").equals("re") || m.group("suffix").equals("ère");
        return context.numbers().ordinal(RomanNumerals.value(roman), feminine);
    }

    private static String beforeNoun(MatchResult m, RuleContext context) {
        String roman = m.group("roman");
        if (roman.isEmpty() || roman.length() == 1 && !containsAny(roman, "IVX")) return null;
        boolean feminine = !m.group("noun").equals("secolo");
        return context.numbers().ordinal(RomanNumerals.value(roman), feminine);
    }

    private static String afterWord(String text, MatchResult m, RuleContext context) {
        String roman = m.group("roman");
        if (roman.isEmpty()) return null;
        String prev = Replacer.wordBefore(text, m.start(), LONGEST_WORD);
        int value = RomanNumerals.value(roman);
        NumberWords n = context.numbers();
        Language language = context.language();
        boolean feminine = FEMININE_NAMES.contains(prev);
        if ((feminine || REGNAL_NAMES.contains(prev)) && value <= 40) {
            return switch (language) {
                case ITALIAN -> n.ordinal(value, feminine);
                case FRENCH -> value == 1 ? n.ordinal(1, feminine) : n.cardinal(value);
                default -> value <= 10 ? n.ordinal(value, feminine) : n.cardinal(value);
            };
        }
        if (CENTURY_WORDS.contains(prev)) {
            return language == Language.ITALIAN || language == Language.BRAZILIAN_PORTUGUESE && value <= 10
                    ? n.ordinal(value, false) : n.cardinal(value);
        }
        // A lone "I" could be a letter: it needs a capitalized counting word ("Capítulo I").
        if (COUNTING_WORDS.contains(prev) && (!roman.equals("I") || Character.isUpperCase(prev.charAt(0)))) {
            return language == Language.ITALIAN ? n.ordinal(value, false) : n.cardinal(value);
        }
        return null;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }
}
