package dev.kokoro.text.markup;

import java.time.Duration;
import java.util.Objects;

/** Silence of the given length, from {@code [pause:1.5s]}. */
public record PauseSegment(Duration duration) implements Segment {
    public PauseSegment {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) throw new IllegalArgumentException("negative pause " + duration);
    }
}
