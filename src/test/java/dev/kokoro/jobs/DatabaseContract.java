package dev.kokoro.jobs;

import dev.kokoro.text.normalize.NormalizationOptions;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every job test shares: fresh databases of the kind the subclass names (embedded H2, or a throwaway
 * PostgreSQL), closed after each test.
 */
abstract class DatabaseContract {
    @TempDir
    Path temp;
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private int h2Databases;

    /** A new empty database. */
    protected abstract DbLocation newLocation();

    /** For an embedded subclass: a new data folder, whose database is made when first opened. */
    protected DbLocation newH2Location() {
        return new DbLocation("", "", temp.resolve("data-" + ++h2Databases));
    }

    /** Opens the database, to be closed after the test (or earlier, with {@link JobDatabase#close()}). */
    protected JobDatabase open(DbLocation location) {
        return closeAfter(location.open());
    }

    protected <T extends AutoCloseable> T closeAfter(T resource) {
        opened.push(resource);
        return resource;
    }

    @AfterEach
    void closeAll() throws Exception {
        while (!opened.isEmpty()) {
            opened.pop().close();
        }
    }

    static JobSpec spec(String text) {
        return new JobSpec(text, "af_heart", null, 1.0, 1.0, "wav", true, NormalizationOptions.DEFAULTS, null, null);
    }

    static NewJob task(String text, JobPriority priority) {
        return new NewJob(JobKind.TASK, spec(text), priority, null, null, true);
    }
}
