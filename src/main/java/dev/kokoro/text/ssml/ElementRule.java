package dev.kokoro.text.ssml;

/** What one kind of SSML element does to the markup. */
interface ElementRule {
    /** At the start tag. */
    default void open(Element element, Translation translation) {
    }

    /**
     * At the end tag.
     *
     * @param text the element's text on one line, if it {@link #capturesText()}; else null
     */
    default void close(Element element, String text, Translation translation) {
    }

    /**
     * Whether the element's content is taken as plain text and handed to {@link #close}: the
     * elements inside it count for nothing but their text.
     */
    default boolean capturesText() {
        return false;
    }
}
