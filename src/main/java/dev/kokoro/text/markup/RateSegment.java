package dev.kokoro.text.markup;

/** {@code [rate:1.2]}: the following text is spoken this many times faster than the request's speed. */
public record RateSegment(double factor) implements Segment {
    public RateSegment {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("rate must be a finite number > 0, was " + factor);
        }
    }
}
