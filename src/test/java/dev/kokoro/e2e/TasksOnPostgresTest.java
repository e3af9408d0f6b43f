package dev.kokoro.e2e;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestPostgres;
import dev.kokoro.testing.TestServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TasksContract} on a real PostgreSQL, started for the class. */
@EndToEnd
class TasksOnPostgresTest extends TasksContract {
    @RegisterExtension
    @Order(1)
    static final TestPostgres postgres = new TestPostgres();

    @RegisterExtension
    @Order(2)
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("B"), () -> {
        Map<String, String> settings = new HashMap<>(Map.of());
        settings.putAll(postgres.serverSettings());
        return settings;
    });

    @Override
    TestServer server() {
        return server;
    }
}
