package dev.kokoro.voice;

/**
 * The voices or their configuration could not be loaded: a missing or empty voices folder, a corrupt pack,
 * a malformed config file. A startup failure for the operator, never a client error.
 */
public class VoiceLoadException extends RuntimeException {
    public VoiceLoadException(String message) {
        super(message);
    }

    public VoiceLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
