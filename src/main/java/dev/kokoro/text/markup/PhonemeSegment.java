package dev.kokoro.text.markup;

import java.util.Objects;

/**
 * A word with the phonemes to say it with, from {@code [word](/phonemes/)}: the phonemes go to the
 * model verbatim (never normalized, never through G2P); the word is only for captions.
 */
public record PhonemeSegment(String word, String phonemes) implements Segment {
    public PhonemeSegment {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(phonemes, "phonemes");
    }
}
