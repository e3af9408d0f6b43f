package dev.kokoro.text.normalize;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Slashed numbers that are scores or even splits, not fractions: "scored 9/10" → "nine out of ten",
 * "4.5/5 stars" → "four point five out of five stars", "50/50" → "fifty-fifty" ("neuf sur dix",
 * "nueve de diez"). A score is marked by a word before it ("scored", "rated", "got", "nota"…), a
 * decimal first number, or "stars"/"points" after it, and is out of five or more; anything else is
 * left to the fraction rule ("got 2/3 of the votes" → "two thirds").
 */
final class ScoreRule implements NormalizationRule {
    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\p{L}\\p{N}/.,])(?<num>\\d{1,3}+)(?:[.,](?<frac>\\d{1,2}+))?/(?<den>\\d{1,3}+)(?![\\p{N}/]|[.,]\\d)");
    /** Words just before a score, in every language the rule reads (case-insensitive). */
    private static final Pattern SCORE_WORD_BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(?:scored?|scores|rated?|rating"
            + "|got|gets|get|gave it|give it|gives it|grade[ds]?|marks?|nota|puntuación|calificación|sacó|saqué"
            + "|obtuvo|note|noté|notée|j.ai eu|a eu|obtenu|voto|punteggio|preso|ottenuto|tirou|tirei|avaliação|valutazione)\\s?:?\\s$");
    /** Words just after a score. */
    private static final Pattern SCORE_WORD_AFTER = Pattern.compile(
            "(?iu)^ (?:stars?|points?|estrellas?|puntos?|étoiles?|stelle|stella|punti|estrelas?|pontos?)(?![\\p{L}])");
    private static final int LOOK_BEHIND = 20;
    private static final int LOOK_AHEAD = 10;

    @Override
    public String apply(String text, RuleContext context) {
        if (text.indexOf('/') < 0) return text;
        return Replacer.replace(text, SLASHED, m -> say(text, m, context));
    }

    private static String say(String text, MatchResult m, RuleContext context) {
        NumberWords n = context.numbers();
        String num = m.group("num");
        String frac = m.group("frac");
        String den = m.group("den");
        if (frac == null && num.equals(den) && !num.equals("1")) {
            String words = n.cardinal(num);
            return Replacer.spaced(text, m, context.english() ? words + "-" + words : context.join(words, words), context);
        }
        // "got 2/3 of the votes" is a fraction: scores are out of five or more.
        if (frac == null && (Integer.parseInt(den) < 5 || !scoreWordBefore(text, m.start()) && !scoreWordAfter(text, m.end()))) {
            return null;
        }
        String outOf = outOf(context);
        if (outOf == null) return null;
        String first = frac == null ? n.cardinal(num) : n.decimal(num, frac, context.words().point());
        return Replacer.spaced(text, m, first + " " + outOf + " " + n.cardinal(den), context);
    }

    private static boolean scoreWordBefore(String text, int start) {
        return SCORE_WORD_BEFORE.matcher(text.substring(Math.max(0, start - LOOK_BEHIND), start)).find();
    }

    private static boolean scoreWordAfter(String text, int end) {
        return SCORE_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + LOOK_AHEAD))).find();
    }

    /** "out of" in the language, or null where scores are not read this way. */
    private static String outOf(RuleContext context) {
        return switch (context.language()) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> "out of";
            case SPANISH, BRAZILIAN_PORTUGUESE -> "de";
            case FRENCH -> "sur";
            case ITALIAN -> "su";
            default -> null;
        };
    }
}
