package dev.kokoro.g2p;

import dev.kokoro.error.SynthesisFailedException;

/**
 * A file a language's G2P reads (a lexicon, a word list) is missing or unreadable. A deployment problem, not
 * the client's: it maps to HTTP 500 like any other synthesis failure, and the message names the file and the
 * command that installs it.
 */
public final class LanguageDataMissingException extends SynthesisFailedException {
    public LanguageDataMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
