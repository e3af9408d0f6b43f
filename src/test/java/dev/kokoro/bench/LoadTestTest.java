package dev.kokoro.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bench's load section, small, on the mini twin: 8 clients (2 slow readers, 2 that hang up) and 40 requests
 * against a server admitting 2 streams at once, so that refusals, cancellations and full reads all happen.
 */
@EndToEnd
class LoadTestTest {
    private static final int REQUESTS = 40;

    @RegisterExtension
    static final TestServer SERVER = TestServer.forClass(TestAssets.miniModel("B"),
            Map.of("max-streams", "2", "retry-after-seconds", "1"));

    @Test
    void everyRequestIsCountedOnceAndNoAcceptedBodyIsCut() throws Exception {
        LoadTest.Plan plan = new LoadTest.Plan("The quick brown fox jumps over the lazy dog near the river bank.",
                8, 2, 96 * 1024, 2, REQUESTS);

        LoadTest.Report report = new LoadTest(new BenchClient(SERVER.server()), plan).run();

        assertThat(report.accepted() + report.refused() + report.cancelled()).isEqualTo(REQUESTS);
        assertThat(report.failed()).isZero();
        assertThat(report.truncated()).isZero();
        assertThat(report.accepted()).isPositive();
        assertThat(report.refused()).as("every 503 the clients saw is one the scheduler counted")
                .isEqualTo(report.serverRejected());
        assertThat(report.expectedBytes()).isPositive();
        assertThat(report.firstAudioP50()).isPositive().isLessThanOrEqualTo(report.firstAudioP99());
        assertThat(report.rssAfterMegabytes()).isPositive();
    }

    @Test
    void theReportPrintsTheCountsItHolds() {
        LoadTest.Plan plan = LoadTest.Plan.standard("Hello.");
        LoadTest.Report report = new LoadTest.Report(plan, 95.4, 1_036_800, 600, 350, 48, 2, 1, 0.120, 0.9, 350, 51,
                400, 421);
        StringWriter text = new StringWriter();

        report.print(new PrintWriter(text, true));

        assertThat(report.sent()).isEqualTo(1000);
        assertThat(text.toString()).contains("1000 requests in 95 s", "600 accepted, 350 refused (503), "
                + "48 cancelled by their client, 2 failed; 1 truncated bodies (each should be 1036800 bytes)",
                "p50 120 ms, p99 900 ms", "8 reading 16 KB/s", "400 MB before, 421 MB after");
    }
}
