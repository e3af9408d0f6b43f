package dev.kokoro.cli;

import dev.kokoro.config.ConfigException;
import dev.kokoro.engine.ModelLoadException;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.g2p.EspeakNgUnavailableException;
import dev.kokoro.g2p.LanguageDataMissingException;
import dev.kokoro.voice.VoiceLoadException;

/**
 * The exit codes a script can rely on: 0 done, 2 a usage error (picocli's), 3 unusable input (text,
 * voice, input file), 4 a missing or broken model or asset, 1 anything else.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int INPUT = 3;
    static final int ASSETS = 4;

    private ExitCodes() {
    }

    /** A failure as the user sees it: its exit code and the message that explains it. */
    record Failure(int exitCode, String message) {
    }

    /**
     * Classifies a failure by the first known type in its cause chain (a model failure inside a
     * synthesis arrives wrapped), whose message is the one worth showing.
     */
    static Failure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException) {
                return new Failure(INPUT, describe(t));
            }
            if (t instanceof ConfigException || t instanceof ModelLoadException || t instanceof VoiceLoadException
                    || t instanceof EspeakNgUnavailableException || t instanceof LanguageDataMissingException) {
                return new Failure(ASSETS, describe(t));
            }
        }
        return new Failure(FAILURE, describe(failure));
    }

    /** The message on one line; the type where there is no message (a bug, whose trace is in the debug log). */
    private static String describe(Throwable t) {
        return oneLine(t.getMessage() == null || t.getMessage().isBlank() ? t.toString() : t.getMessage());
    }

    /** A message as one line of stderr: a script reading it line by line gets it whole. */
    static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
