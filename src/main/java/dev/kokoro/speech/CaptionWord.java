package dev.kokoro.speech;

/**
 * A word of the input as the listener reads it, for timestamps and captions.
 *
 * @param written the word as written in the input, edge punctuation left out ("40–60°C")
 * @param spoken  what the normalizer made of it ("forty to sixty degrees Celsius"), or null when the same
 * @param inText  the word with the punctuation around it in the input ("(40–60°C),"), for captions
 */
public record CaptionWord(String written, String spoken, String inText) {
}
