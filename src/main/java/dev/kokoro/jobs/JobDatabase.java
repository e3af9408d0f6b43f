package dev.kokoro.jobs;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database jobs live in, opened and migrated: an embedded H2 file under the data folder by default, or the
 * PostgreSQL server a JDBC URL names, which several replicas can share. Hands out pooled connections.
 */
public final class JobDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobDatabase.class);

    /** Work done with one connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource pool;
    private final boolean embedded;
    private final String where;

    private JobDatabase(HikariDataSource pool, boolean embedded, String where) {
        this.pool = pool;
        this.embedded = embedded;
        this.where = where;
    }

    /**
     * Opens the database {@code url} names, or when it is empty the embedded one in {@code <dataDir>/jobs}, and
     * brings its schema up to date.
     */
    public static JobDatabase open(String url, String user, String password, Path dataDir, int poolSize) {
        boolean embedded = url == null || url.isBlank();
        String jdbcUrl = embedded ? embeddedUrl(dataDir) : url.strip();
        SqlDialect dialect = SqlDialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(embedded ? "sa" : user);
        config.setPassword(embedded ? "" : password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("kokoro-jobs");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new JobStoreException("Cannot open the job database " + describe(jdbcUrl) + ": " + e.getMessage(), e);
        }
        try {
            migrate(pool, dialect);
        } catch (RuntimeException e) {
            pool.close();
            throw new JobStoreException("Cannot bring the job database " + describe(jdbcUrl) + " up to date: "
                    + e.getMessage(), e);
        }
        return new JobDatabase(pool, embedded, describe(jdbcUrl));
    }

    /**
     * The embedded database file. WRITE_DELAY=0 writes each commit to the file at once, so a kill -9 loses no
     * finished job (H2 would otherwise batch commits for half a second); DB_CLOSE_ON_EXIT=FALSE leaves closing
     * to {@link #close()}, after the runner has let go of its jobs.
     */
    private static String embeddedUrl(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("jobs").resolve("kokoro-jobs");
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    }

    private static void migrate(DataSource dataSource, SqlDialect dialect) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("audio_type", dialect.audioType()))
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Job database migrated to schema version {}", result.targetSchemaVersion);
        }
    }

    /** The URL without its options (which may carry a password). */
    private static String describe(String jdbcUrl) {
        int options = jdbcUrl.indexOf(jdbcUrl.startsWith("jdbc:h2:") ? ';' : '?');
        return options < 0 ? jdbcUrl : jdbcUrl.substring(0, options);
    }

    /**
     * Whether this is the embedded database under the data folder: its file is locked by one process, so jobs
     * found running when it opens were left by a process that died. (An H2 URL given in db-url may name a
     * server that several processes share, so it does not count.)
     */
    public boolean embedded() {
        return embedded;
    }

    /** Where the database is, for logs. */
    public String where() {
        return where;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JobStoreException("Job database " + where + ": " + e.getMessage(), e);
        }
    }

    /** Runs the work on a connection in auto-commit mode: each statement is its own transaction. */
    <T> T autoCommit(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw new JobStoreException("Job database " + where + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
