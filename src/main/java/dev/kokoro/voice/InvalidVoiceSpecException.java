package dev.kokoro.voice;

import dev.kokoro.error.InvalidInputException;

/** The {@code voice} field is not a valid voice spec: bad syntax, or weights that do not add up to a voice. */
public class InvalidVoiceSpecException extends InvalidInputException {
    /** Code for malformed spec text. */
    public static final String SYNTAX = "invalid_voice";
    /** Code for weights whose signed sum is zero or negative. */
    public static final String WEIGHT = "invalid_voice_weight";

    InvalidVoiceSpecException(String message, String code) {
        super(message, "voice", code);
    }
}
