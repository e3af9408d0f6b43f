package dev.kokoro.jobs;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

@EndToEnd
class PostgresJobStoreTest extends JobStoreContract {
    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Override
    protected DbLocation newLocation() {
        return new DbLocation(POSTGRES.createDatabase(), POSTGRES.user(), null);
    }
}
