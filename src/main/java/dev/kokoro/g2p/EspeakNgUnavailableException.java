package dev.kokoro.g2p;

import dev.kokoro.error.SynthesisFailedException;

/**
 * espeak-ng could not be loaded or initialised on this machine. A deployment problem, not the client's:
 * it maps to HTTP 500 like any other synthesis failure, and the message says what to install.
 */
public final class EspeakNgUnavailableException extends SynthesisFailedException {
    public EspeakNgUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
