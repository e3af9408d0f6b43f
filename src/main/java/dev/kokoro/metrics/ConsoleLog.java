package dev.kokoro.metrics;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import dev.kokoro.config.LogFormat;
import java.util.Iterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the console log in the format the settings ask for. Logback reads logback.xml (text lines) before any
 * setting is known, so {@code log-format=json} swaps the console appender's encoder afterwards for Logback's own
 * {@link JsonEncoder}: one object per line with {@code timestamp} (epoch milliseconds), {@code level},
 * {@code threadName}, {@code loggerName}, {@code mdc} (with the {@code request_id}), {@code formattedMessage} and,
 * for a failure, {@code throwable} with its stack.
 */
public final class ConsoleLog {
    private ConsoleLog() {
    }

    public static void use(LogFormat format) {
        if (format != LogFormat.JSON || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Iterator<Appender<ILoggingEvent>> appenders =
                context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
        while (appenders.hasNext()) {
            if (appenders.next() instanceof ConsoleAppender<ILoggingEvent> console) {
                console.stop();
                console.setEncoder(jsonEncoder(context));
                console.start();
            }
        }
    }

    private static JsonEncoder jsonEncoder(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        // The message with its arguments filled in is what a reader wants; the template, its arguments, a
        // sequence number, nanoseconds and the logger context's properties on every line are noise.
        encoder.setWithFormattedMessage(true);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.start();
        return encoder;
    }
}
