package dev.kokoro.jobs;

import dev.kokoro.config.ConfigException;

/**
 * The databases jobs can live in. The SQL is the same for both (each supports {@code FOR UPDATE SKIP LOCKED}:
 * H2 2.5 skips rows another transaction locked, as PostgreSQL does); only the type that keeps audio out of the
 * row differs.
 */
enum SqlDialect {
    H2("BLOB"),
    POSTGRESQL("BYTEA");

    private final String audioType;

    SqlDialect(String audioType) {
        this.audioType = audioType;
    }

    /** The column type of audio bytes, the migrations' {@code ${audio_type}}. */
    String audioType() {
        return audioType;
    }

    static SqlDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new ConfigException("Setting 'db-url' must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), "
                + "an H2 one (jdbc:h2:...), or empty for the embedded database under data-dir; was '"
                + jdbcUrl.replaceFirst("\\?.*", "?...") + "'");
    }
}
