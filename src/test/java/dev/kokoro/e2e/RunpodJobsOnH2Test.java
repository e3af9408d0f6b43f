package dev.kokoro.e2e;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link RunpodJobsContract} on the embedded database. */
@EndToEnd
class RunpodJobsOnH2Test extends RunpodJobsContract {
    @RegisterExtension
    static final TestServer server = TestServer.forClass(TestAssets.miniModel("B"), Map.of("runsync-wait-seconds", "30"));

    @Override
    TestServer server() {
        return server;
    }
}
