package dev.kokoro.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads OpenAI-style {@code instructions} for the one thing Kokoro can honour: the pace.
 * "speak slowly" slows the speech, "very quickly" speeds it up a lot; other wording (tone,
 * emotion, accent) is accepted and has no effect, since Kokoro has no control for it.
 */
final class PaceInstructions {
    private static final Pattern VERY_SLOW = Pattern.compile("\\b(very|really|extremely) (slow|slowly)\\b");
    private static final Pattern SLOW = Pattern.compile("\\b(slow|slowly|slower|unhurried|leisurely)\\b");
    private static final Pattern VERY_FAST = Pattern.compile("\\b(very|really|extremely) (fast|quick|quickly|rapidly)\\b");
    private static final Pattern FAST = Pattern.compile("\\b(fast|faster|quick|quickly|rapidly|briskly|hurried)\\b");

    private PaceInstructions() {
    }

    /** The factor to multiply the requested speed by (1 when the instructions say nothing of pace). */
    static float speedFactor(String instructions) {
        if (instructions == null || instructions.isBlank()) {
            return 1f;
        }
        String text = instructions.toLowerCase(Locale.ROOT);
        if (VERY_SLOW.matcher(text).find()) {
            return 0.7f;
        }
        if (VERY_FAST.matcher(text).find()) {
            return 1.4f;
        }
        if (SLOW.matcher(text).find()) {
            return 0.85f;
        }
        if (FAST.matcher(text).find()) {
            return 1.2f;
        }
        return 1f;
    }
}
