package dev.kokoro.config;

import java.util.Locale;

/** How the server writes its log lines to the console (setting {@code log-format}). */
public enum LogFormat {
    /** One readable line per event: time, level, thread, logger, request id, message. */
    TEXT,
    /** One JSON object per line, for log shippers (Loki, Elasticsearch, Cloud Logging...). */
    JSON;

    static LogFormat of(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new ConfigException("Setting 'log-format' must be text or json, was '" + value + "'");
        };
    }
}
