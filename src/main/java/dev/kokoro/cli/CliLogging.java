package dev.kokoro.cli;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline verbs keep stderr for their progress and closing line: the server's INFO lines (model
 * loaded, voices found) would bury them. {@code KOKORO_LOG_LEVEL} still wins when it is set.
 */
final class CliLogging {
    private CliLogging() {
    }

    static void quiet() {
        if (System.getenv("KOKORO_LOG_LEVEL") != null) {
            return;
        }
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
