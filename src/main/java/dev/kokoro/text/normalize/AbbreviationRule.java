package dev.kokoro.text.normalize;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Expands a language's abbreviations (titles, "e.g.", "No. 5"…), each only where its context says
 * it is one. A full stop that also ends the sentence ("… and so on etc. The") is kept.
 */
final class AbbreviationRule implements NormalizationRule {
    private final List<Abbreviation> abbreviations;
    private final Pattern pattern;

    AbbreviationRule(List<Abbreviation> abbreviations) {
        this.abbreviations = abbreviations;
        StringBuilder alternation = new StringBuilder();
        for (int i = 0; i < abbreviations.size(); i++) {
            Abbreviation a = abbreviations.get(i);
            if (i > 0) alternation.append('|');
            alternation.append("(?<a").append(i).append('>').append(Pattern.quote(a.written()));
            if (Character.isLetter(a.written().charAt(a.written().length() - 1))) alternation.append(Replacer.END);
            alternation.append(switch (a.context()) {
                case ANYWHERE -> "";
                case BEFORE_NAME -> "(?=\\s++\\p{Lu})";
                case BEFORE_NUMBER -> "(?=\\s?[-\u2212]?\\d)";
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

    private Abbreviation matched(MatchResult m) {
        for (int i = 0; ; i++) {
            if (m.group("a" + i) != null) return abbreviations.get(i);
        }
    }
}
