package dev.kokoro.error;

/** The model, a native library or an encoder failed on input that was valid (HTTP 500, no internals exposed). */
public class SynthesisFailedException extends KokoroException {
    public SynthesisFailedException(String message, Throwable cause) {
        super(message, null, "synthesis_failed", cause);
    }
}
