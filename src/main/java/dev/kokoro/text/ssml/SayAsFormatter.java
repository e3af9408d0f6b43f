package dev.kokoro.text.ssml;

/** Rewrites the text of one kind of {@code <say-as interpret-as>} as the words or characters to say. */
interface SayAsFormatter {
    /**
     * The text to speak instead of {@code text}, or null when {@code text} is not of this kind
     * (the text is then spoken as written).
     *
     * @param format the element's {@code format} attribute, or null
     */
    String format(String text, String format);
}
