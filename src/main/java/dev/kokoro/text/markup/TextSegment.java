package dev.kokoro.text.markup;

import java.util.Objects;

/** Plain text, spaces at its edges kept so that neighbouring segments stay separate words. */
public record TextSegment(String text) implements Segment {
    public TextSegment {
        Objects.requireNonNull(text, "text");
    }
}
