package dev.kokoro.voice;

import java.util.Locale;

/** The gender of a voice as published, or as its id's second letter says ({@code af_…} female, {@code am_…} male). */
public enum Gender {
    FEMALE, MALE, UNKNOWN;

    /** Lower-case name for JSON and tables: {@code female}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a {@link #tag()}.
     *
     * @throws IllegalArgumentException if it is none
     */
    public static Gender ofTag(String tag) {
        for (Gender gender : values()) {
            if (gender.tag().equals(tag.strip().toLowerCase(Locale.ROOT))) {
                return gender;
            }
        }
        throw new IllegalArgumentException("unknown gender '" + tag + "' (female, male or unknown)");
    }

    /** From the second letter of a Kokoro voice id. */
    public static Gender ofVoiceId(String id) {
        char letter = id.length() > 1 ? Character.toLowerCase(id.charAt(1)) : '?';
        return switch (letter) {
            case 'f' -> FEMALE;
            case 'm' -> MALE;
            default -> UNKNOWN;
        };
    }
}
