package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.CallbackReceiver;
import dev.kokoro.testing.Eventually;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Callbacks through the outbox on every database, to a real HTTP receiver. */
abstract class CallbackContract extends DatabaseContract {
    private static final String SECRET = "s3cret";
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final JobPolicy POLICY = new JobPolicy(Duration.ofMinutes(30), Duration.ofHours(1), 3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CallbackBody BODY = job -> {
        try {
            return JSON.writeValueAsString(Map.of("task_id", job.id(), "status", job.state().name()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    };

    private DbLocation location;
    private JobDatabase db;
    private JobStore store;
    private CallbackReceiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        location = newLocation();
        db = open(location);
        store = new JdbcJobStore(db, POLICY, Clock.systemUTC());
        receiver = closeAfter(new CallbackReceiver());
    }

    private CallbackDispatcher dispatcher(JobDatabase on, String owner, int maxAttempts, String secret) {
        CallbackPolicy policy = new CallbackPolicy(maxAttempts, Duration.ofMillis(50), Duration.ofMillis(200),
                Duration.ofSeconds(5), Duration.ofMillis(20), secret);
        return closeAfter(new CallbackDispatcher(new CallbackOutbox(on, Clock.systemUTC()),
                new JdbcJobStore(on, POLICY, Clock.systemUTC()), BODY, policy, Clock.systemUTC(), owner)).start();
    }

    /** A job with a callback, completed. */
    private Job completedJob(String text) {
        Job job = store.submit(new NewJob(JobKind.TASK, spec(text), JobPriority.NORMAL, null, receiver.url(), true));
        Claim claim = store.claim("w", LEASE).orElseThrow();
        assertThat(store.complete(claim.lease(), new JobResult(new byte[] {1}, "wav", 1, 1))).isTrue();
        return job;
    }

    private void awaitOutboxEmpty() {
        CallbackOutbox outbox = new CallbackOutbox(db, Clock.systemUTC());
        Eventually.await("every callback to be sent", outbox::pending, n -> n == 0);
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void finishedJobIsPostedOnceSigned() throws Exception {
        Job job = completedJob("hello");
        dispatcher(db, "d1", 5, SECRET);
        awaitOutboxEmpty();

        assertThat(receiver.received()).hasSize(1);
        CallbackReceiver.Received got = receiver.received().getFirst();
        assertThat(JSON.readTree(got.body()).get("task_id").asText()).isEqualTo(job.id());
        assertThat(JSON.readTree(got.body()).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(got.signature()).isEqualTo(hmac(got.body()));
        assertThat(got.delivery()).isNotBlank();
    }

    @Test
    void unsignedWithoutASecret() {
        completedJob("plain");
        dispatcher(db, "d1", 5, "");
        awaitOutboxEmpty();
        assertThat(receiver.received()).singleElement().satisfies(r -> assertThat(r.signature()).isNull());
    }

    @Test
    void failedAndCancelledJobsAreReportedToo() throws Exception {
        Job failing = store.submit(new NewJob(JobKind.TASK, spec("f"), JobPriority.NORMAL, null, receiver.url(), true));
        assertThat(store.fail(store.claim("w", LEASE).orElseThrow().lease(), "no such voice")).isTrue();
        Job cancelled = store.submit(new NewJob(JobKind.TASK, spec("c"), JobPriority.NORMAL, null, receiver.url(), true));
        store.cancel(cancelled.id());
        store.submit(task("no callback", JobPriority.NORMAL));
        dispatcher(db, "d1", 5, SECRET);
        awaitOutboxEmpty();

        Map<String, String> statuses = receiver.received().stream().map(r -> {
            try {
                var tree = JSON.readTree(r.body());
                return Map.entry(tree.get("task_id").asText(), tree.get("status").asText());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(statuses).containsOnly(Map.entry(failing.id(), "FAILED"), Map.entry(cancelled.id(), "CANCELLED"));
    }

    @Test
    void receiverThatFailsFirstGetsItAgain() throws Exception {
        receiver.answer(500);
        completedJob("retried");
        dispatcher(db, "d1", 5, SECRET);
        awaitOutboxEmpty();

        assertThat(receiver.received()).hasSize(2);
        CallbackReceiver.Received first = receiver.received().get(0);
        CallbackReceiver.Received second = receiver.received().get(1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.delivery()).isEqualTo(first.delivery());
        assertThat(second.signature()).isEqualTo(hmac(second.body()));
    }

    @Test
    void deliveryIsGivenUpAfterItsAttempts() {
        receiver.answer(500, 503, 500, 500);
        completedJob("never taken");
        dispatcher(db, "d1", 3, SECRET);
        awaitOutboxEmpty();
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void retryOwedSurvivesARestart() throws Exception {
        receiver.answer(500);
        completedJob("after restart");
        CallbackDispatcher first = new CallbackDispatcher(new CallbackOutbox(db, Clock.systemUTC()), store, BODY,
                new CallbackPolicy(5, Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(5),
                        Duration.ofMillis(20), SECRET), Clock.systemUTC(), "d1").start();
        Eventually.await("the first attempt", () -> receiver.received().size(), n -> n == 1);
        first.close();
        db.close();

        db = open(location);
        dispatcher(db, "d2", 5, SECRET);
        awaitOutboxEmpty();
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void twoReplicasSendEachDeliveryOnce() {
        int jobs = 30;
        for (int i = 0; i < jobs; i++) {
            completedJob("job " + i);
        }
        dispatcher(db, "replica-a", 5, SECRET);
        dispatcher(open(location), "replica-b", 5, SECRET);
        awaitOutboxEmpty();

        Set<String> deliveries = receiver.received().stream().map(CallbackReceiver.Received::delivery)
                .collect(Collectors.toSet());
        assertThat(receiver.received()).hasSize(jobs);
        assertThat(deliveries).hasSize(jobs);
    }
}
