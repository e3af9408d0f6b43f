package dev.kokoro.jobs;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestPostgres;
import org.junit.jupiter.api.extension.RegisterExtension;

@EndToEnd
class PostgresCallbackTest extends CallbackContract {
    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @Override
    protected DbLocation newLocation() {
        return new DbLocation(POSTGRES.createDatabase(), POSTGRES.user(), null);
    }
}
