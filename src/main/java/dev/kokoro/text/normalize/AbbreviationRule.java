package dev.kokoro.text.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Expands a language's abbreviations (titles, "e.g.", "No. 5"…), each only where its context says
 * it is one. A full stop that also ends the sentence ("… and so on etc. The") is kept.
 */
final class AbbreviationRule implements NormalizationRule {
    private final List<Abbreviation> abbreviations;
    private final Pattern pattern;

    /** A house number and one to three capitalized words before a street-type abbreviation. */
    private static final String AFTER_STREET_NAME = "(?<=\\d{1,6}+\\p{L}? (?:\\p{Lu}\\p{L}{0,20}+ ){1,3}+)";

    AbbreviationRule(List<Abbreviation> table) {
        this.abbreviations = withCapitalized(table);
        StringBuilder alternation = new StringBuilder();
        for (int i = 0; i < abbreviations.size(); i++) {
            Abbreviation a = abbreviations.get(i);
            if (i > 0) alternation.append('|');
            alternation.append("(?<a").append(i).append('>');
            if (a.context() == Abbreviation.Context.AFTER_STREET_NAME) alternation.append(AFTER_STREET_NAME);
            alternation.append(Pattern.quote(a.written()));
            if (Character.isLetter(a.written().charAt(a.written().length() - 1))) alternation.append(Replacer.END);
            alternation.append(switch (a.context()) {
                case ANYWHERE, AFTER_STREET_NAME -> "";
                case BEFORE_NAME -> "(?=\\s++\\p{Lu})";
                // A number, a code ("No. A-123") or a Roman numeral of two letters or V/X ("Vol. IV", not "No. I").
                case BEFORE_NUMBER -> "(?=\\s?(?:[-\u2212]?\\d|\\p{Lu}{1,3}+-?\\d|(?:[IVXLC]{2,6}+|[VX])(?![\\p{L}\\p{N}])))";
            }).append(')');
        }
        this.pattern = abbreviations.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}_.])(?:" + alternation + ")");
    }

    @Override
    public String apply(String text, RuleContext context) {
        if (pattern == null) return text;
        return Replacer.replace(text, pattern, m -> {
            Abbreviation a = matched(m);
            String spoken = a.spoken();
            if (a.mayEndSentence() && Replacer.endsSentence(text, m.end())) spoken += ".";
            return spoken + (a.context() == Abbreviation.Context.BEFORE_NUMBER && m.end() < text.length()
                    && !Character.isWhitespace(text.charAt(m.end())) ? " " : "");
        });
    }

    /**
     * The table plus, after each lower-case entry of three letters or more, its capitalized form for
     * the start of a sentence.
     */
    private static List<Abbreviation> withCapitalized(List<Abbreviation> table) {
        Set<String> written = table.stream().map(Abbreviation::written).collect(Collectors.toSet());
        List<Abbreviation> all = new ArrayList<>();
        for (Abbreviation a : table) {
            all.add(a);
            String capitalized = capitalize(a.written());
            // One or two letters capitalized are too often an initial: "vitamin C. 500", "D. C.".
            if (Character.isLowerCase(a.written().charAt(0)) && letters(a.written()) > 2 && !written.contains(capitalized)) {
                all.add(new Abbreviation(capitalized, capitalize(a.spoken()), a.context(), a.mayEndSentence()));
            }
        }
        return List.copyOf(all);
    }

    private static long letters(String s) {
        return s.chars().filter(Character::isLetter).count();
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private Abbreviation matched(MatchResult m) {
        for (int i = 0; ; i++) {
            if (m.group("a" + i) != null) return abbreviations.get(i);
        }
    }
}
