package dev.kokoro.text.markup;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code [voice:am_adam]}: the following text is spoken by this voice (a name, a blend or an alias);
 * {@code [voice:default]} goes back to the request's own voice, which {@link #voice()} gives as empty.
 */
public record VoiceSegment(Optional<String> voice) implements Segment {
    public VoiceSegment {
        Objects.requireNonNull(voice, "voice");
    }
}
