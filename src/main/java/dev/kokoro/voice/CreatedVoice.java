package dev.kokoro.voice;

import dev.kokoro.text.Language;
import java.util.Objects;

/**
 * A voice made through the API and kept in the data folder: its pack and what its creator said of it.
 * Immutable; changing the name or description makes a new one around the same {@link Voice}.
 *
 * @param id          the voice id: lower-case letters, digits and {@code _}
 * @param name        a display name
 * @param description free text, possibly empty
 * @param language    what it speaks, as given at creation or taken from its first voice
 * @param gender      of the voices it was made of when they agree, else from a stock-like id prefix, else unknown
 * @param createdAt   epoch seconds
 * @param formula     the voice spec it was blended from, or null for an uploaded pack
 * @param voice       the voice itself, with this id and language
 */
public record CreatedVoice(String id, String name, String description, Language language, Gender gender,
        long createdAt, String formula, Voice voice) {
    public CreatedVoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(gender, "gender");
        if (!voice.id().equals(id) || voice.language() != language) {
            throw new IllegalArgumentException("voice " + voice + " does not match id " + id + " and " + language);
        }
    }

    /** The same voice with a new name and description. */
    CreatedVoice withDetails(String newName, String newDescription) {
        return new CreatedVoice(id, newName, newDescription, language, gender, createdAt, formula, voice);
    }

    /** The entry {@code GET /v1/audio/voices} lists for it. */
    VoiceInfo info() {
        return new VoiceInfo(id, name, language, gender, null);
    }
}
