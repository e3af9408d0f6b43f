package dev.kokoro.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.CallbackReceiver;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.ServerProcess;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks across server processes: a server killed with SIGKILL mid-queue and started again finishes every task
 * once; two servers sharing one PostgreSQL render one queue, and when one is killed the other finishes its tasks,
 * each task once; callbacks arrive once each, signed, and again after a receiver's 500.
 */
@EndToEnd
class JobsAcrossProcessesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "test-callback-secret";
    /** A few seconds of work per task on the mini twin, so that a kill finds some done and some not. */
    private static final String CHAPTER = "Each chapter takes the worker a little while to render. ".repeat(40);

    @RegisterExtension
    static final TestPostgres postgres = new TestPostgres();

    @Test
    void aServerKilledMidQueueFinishesEveryTaskOnceAfterItsRestart(@TempDir Path data) throws Exception {
        Map<String, String> settings = Map.of("data-dir", data.toString(), "callback-secret", SECRET,
                "callback-retry-seconds", "1");
        try (CallbackReceiver receiver = new CallbackReceiver()) {
            receiver.answer(500);
            List<String> ids = new ArrayList<>();
            try (ServerProcess first = ServerProcess.start(TestAssets.miniModel("B"), settings)) {
                for (int i = 0; i < 5; i++) {
                    ids.add(submit(first, receiver));
                }
                awaitSome(first, ids);
                first.kill();
            }
            try (ServerProcess second = ServerProcess.start(TestAssets.miniModel("B"), settings)) {
                for (String id : ids) {
                    assertThat(awaitFinal(second, id).path("status").asText()).as(second.log()).isEqualTo("completed");
                }
                awaitCallbacks(receiver, ids);
            }
            assertCallbacks(receiver, ids);
        }
    }

    @Test
    void twoServersOnOnePostgresShareOneQueueAndTheSurvivorFinishesAKilledOnesTasks() throws Exception {
        Map<String, String> settings = new HashMap<>(postgres.serverSettings());
        settings.putAll(Map.of("callback-secret", SECRET, "callback-retry-seconds", "1", "job-lease-seconds", "3"));
        try (CallbackReceiver receiver = new CallbackReceiver();
                ServerProcess one = ServerProcess.start(TestAssets.miniModel("B"), settings);
                ServerProcess two = ServerProcess.start(TestAssets.miniModel("B"), settings)) {
            receiver.answer(500);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(submit(i % 2 == 0 ? one : two, receiver));
            }
            awaitSome(two, ids);
            one.kill();
            for (String id : ids) {
                // The survivor answers for every task (they share the database) and takes over the killed one's
                // task once its lease runs out.
                assertThat(awaitFinal(two, id).path("status").asText()).as(two.log()).isEqualTo("completed");
            }
            awaitCallbacks(receiver, ids);
            assertCallbacks(receiver, ids);
        }
    }

    private static String submit(ServerProcess server, CallbackReceiver receiver) throws Exception {
        JsonNode accepted = JSON.readTree(server.post("/v1/tasks", "{\"text\":\"" + CHAPTER + "\",\"callback_url\":\""
                + receiver.url() + "\"}").body());
        return accepted.path("task_id").asText();
    }

    /** Waits until at least one task is done and another is being rendered. */
    private static void awaitSome(ServerProcess server, List<String> ids) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Long> statuses = new HashMap<>();
            for (String id : ids) {
                statuses.merge(JSON.readTree(server.get("/v1/tasks/" + id).body()).path("status").asText(), 1L, Long::sum);
            }
            if (statuses.getOrDefault("completed", 0L) >= 1 && statuses.getOrDefault("processing", 0L) >= 1) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No task was being rendered after one was done:\n" + server.log());
    }

    private static JsonNode awaitFinal(ServerProcess server, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (true) {
            JsonNode task = JSON.readTree(server.get("/v1/tasks/" + id).body());
            if (!List.of("pending", "scheduled", "processing").contains(task.path("status").asText())
                    || System.nanoTime() > deadline) {
                return task;
            }
            Thread.sleep(100);
        }
    }

    private static void awaitCallbacks(CallbackReceiver receiver, List<String> ids) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (delivered(receiver).keySet().size() < ids.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1500); // a duplicate would come within the retry interval
    }

    /** Task id → how many callbacks it got, counting only those answered 200. */
    private static Map<String, Long> delivered(CallbackReceiver receiver) throws Exception {
        List<String> ids = new ArrayList<>();
        for (CallbackReceiver.Received r : receiver.received()) {
            if (r.status() == 200) {
                ids.add(JSON.readTree(r.body()).path("task_id").asText());
            }
        }
        return ids.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Each task called back once with its final JSON, signed; the receiver's first 500 retried. */
    private static void assertCallbacks(CallbackReceiver receiver, List<String> ids) throws Exception {
        Map<String, Long> delivered = delivered(receiver);
        assertThat(delivered.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(delivered.values()).containsOnly(1L);
        assertThat(receiver.received()).hasSize(ids.size() + 1);
        assertThat(receiver.received().getFirst().status()).isEqualTo(500);
        for (CallbackReceiver.Received r : receiver.received()) {
            assertThat(JSON.readTree(r.body()).path("status").asText()).isEqualTo("completed");
            assertThat(r.signature()).isEqualTo(signature(r.body()));
        }
    }

    private static String signature(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
