package dev.kokoro.e2e;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TasksContract} on the embedded database. */
@EndToEnd
class TasksOnH2Test extends TasksContract {
    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("B"), Map.of());

    @Override
    TestServer server() {
        return server;
    }
}
