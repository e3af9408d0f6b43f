package dev.kokoro.text.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence written in capitals for emphasis ("I LOVE THIS PLACE!") is read as words, not spelled:
 * its capital words are lower-cased, except known acronyms and letter runs no word could be.
 */
final class ShoutingRule implements NormalizationRule {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]++[.!?\\n]*+");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*+");

    @Override
    public String apply(String text, RuleContext context) {
        if (!hasTwoCapitals(text)) return text;
        return Replacer.replace(text, SENTENCE, m -> shouted(m.group()) ? lowerCase(m.group()) : null);
    }

    private static boolean hasTwoCapitals(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) return true;
        }
        return false;
    }

    /** Short words that make a shouted sentence without any long one: "LET US GO". */
    private static final Set<String> SHORT_WORDS = Set.of("GO", "US", "NO", "SO", "TO", "DO", "WE", "ME", "MY", "BE",
            "IS", "IT", "AT", "ON", "IN", "OF", "OR", "IF", "UP", "AN", "AS", "BY", "HE");

    private static boolean shouted(String sentence) {
        int capitals = 0;
        int others = 0;
        int words = 0;
        boolean sayable = false;
        Matcher w = WORD.matcher(sentence);
        while (w.find()) {
            String word = w.group();
            if (word.length() < 2) continue;
            if (isCapitals(word)) {
                capitals++;
                boolean word3 = !Acronyms.known(word) && Pronounceability.canSayAsWord(word.toLowerCase(Locale.ROOT));
                sayable |= word3 && word.length() >= 4;
                if (word3 || SHORT_WORDS.contains(word)) words++;
            } else {
                others++;
            }
        }
        return capitals >= 2 && capitals > others && (sayable || words >= 2);
    }

    /** Lower-cases the shouted words, keeping the capital that starts the sentence. */
    private static String lowerCase(String sentence) {
        int firstLetter = 0;
        while (firstLetter < sentence.length() && !Character.isLetter(sentence.charAt(firstLetter))) firstLetter++;
        int sentenceStart = firstLetter;
        return Replacer.replace(sentence, WORD, w -> {
            String word = w.group();
            if (word.length() < 2 || !isCapitals(word) || Acronyms.known(word)) return null;
            if (!Pronounceability.canSayAsWord(word.toLowerCase(Locale.ROOT)) && word.length() > 2) return null;
            String lower = word.toLowerCase(Locale.ROOT);
            return w.start() == sentenceStart ? word.charAt(0) + lower.substring(1) : lower;
        });
    }

    private static boolean isCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) return false;
        }
        return true;
    }
}
