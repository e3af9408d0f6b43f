package dev.kokoro.text.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * English contractions typed without their apostrophe: "didnt" → "didn't", "theyre" → "they're",
 * "im" → "I'm". Only forms that are no word of their own: "wont", "cant", "were", "well", "shell",
 * "its", "lets", "hell" and "id" are words and stay as written.
 */
final class MissingApostropheRule implements NormalizationRule {
    private static final Map<String, String> CONTRACTIONS = Map.ofEntries(
            Map.entry("dont", "don't"), Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"),
            Map.entry("isnt", "isn't"), Map.entry("arent", "aren't"), Map.entry("wasnt", "wasn't"),
            Map.entry("werent", "weren't"), Map.entry("hasnt", "hasn't"), Map.entry("havent", "haven't"),
            Map.entry("hadnt", "hadn't"), Map.entry("couldnt", "couldn't"), Map.entry("shouldnt", "shouldn't"),
            Map.entry("wouldnt", "wouldn't"), Map.entry("mustnt", "mustn't"), Map.entry("neednt", "needn't"),
            Map.entry("aint", "ain't"), Map.entry("theyre", "they're"), Map.entry("youre", "you're"),
            Map.entry("whatre", "what're"), Map.entry("theyve", "they've"), Map.entry("youve", "you've"),
            Map.entry("weve", "we've"), Map.entry("ive", "I've"), Map.entry("im", "I'm"),
            Map.entry("couldve", "could've"), Map.entry("shouldve", "should've"), Map.entry("wouldve", "would've"),
            Map.entry("mightve", "might've"), Map.entry("youll", "you'll"), Map.entry("theyll", "they'll"),
            Map.entry("itll", "it'll"), Map.entry("thatll", "that'll"), Map.entry("youd", "you'd"),
            Map.entry("theyd", "they'd"), Map.entry("thats", "that's"), Map.entry("whats", "what's"),
            Map.entry("wheres", "where's"), Map.entry("theres", "there's"), Map.entry("whos", "who's"));
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}'_])\\p{L}{2,8}+(?![\\p{L}\\p{N}'_])");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.english()) return text;
        return Replacer.replace(text, WORD, m -> {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            // "IM" is an instant message and "DONT" shouting: only lower case or a capital first letter.
            if (!word.substring(1).equals(lower.substring(1))) return null;
            String fixed = CONTRACTIONS.get(lower);
            if (fixed == null || fixed.startsWith("I'")) return fixed;
            return Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(fixed.charAt(0)) + fixed.substring(1) : fixed;
        });
    }
}
