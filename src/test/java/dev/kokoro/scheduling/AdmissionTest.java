package dev.kokoro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.error.ServerBusyException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which streams {@link ChunkScheduler#open} lets in. Chunk runs are timed by a fake clock that each chunk moves on
 * by its made-up cost, and each result is its own length in seconds of speech, so the measured capacity is exact.
 */
@Timeout(60)
class AdmissionTest {
    private final AtomicLong clock = new AtomicLong();
    private ChunkScheduler scheduler;

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    private void start(int workers, Admission admission) {
        scheduler = new ChunkScheduler(workers, 2, true, admission, ChunkListener.NONE, clock::get);
    }

    /** A chunk that takes {@code millis} on the fake clock and makes {@code seconds} of speech. */
    private ChunkTask<Double> chunk(long millis, double seconds) {
        return new ChunkTask<>(10, preemption -> {
            clock.addAndGet(millis * 1_000_000);
            return seconds;
        });
    }

    private ChunkStream<Double> open(Priority priority) {
        return scheduler.open(priority, seconds -> seconds);
    }

    /** Runs a stream of {@code count} chunks to its end, reading every result. */
    private void measure(int count, long millis, double seconds) throws InterruptedException {
        ChunkStream<Double> stream = open(Priority.REQUEST);
        Thread.startVirtualThread(() -> {
            for (int i = 0; i < count; i++) {
                stream.submit(chunk(millis, seconds));
            }
            stream.endOfInput();
        });
        while (stream.take() != null) {
            // read on: only the timings matter
        }
    }

    @Test
    void liveStreamsBeyondWhatTheWorkersKeepAheadOfRealTimeAreRefused() throws Exception {
        start(1, new Admission(8, 0, true, Duration.ZERO, 3));
        assertThat(scheduler.stats().liveCapacity()).as("nothing measured: the hard cap").isEqualTo(8);
        measure(4, 1000, 2.5);
        SchedulerStats measured = scheduler.stats();
        assertThat(measured.realTimeFactor()).isEqualTo(2.5);
        assertThat(measured.liveCapacity()).isEqualTo(2);

        open(Priority.REQUEST);
        open(Priority.REALTIME);
        assertThatThrownBy(() -> open(Priority.REQUEST))
                .isInstanceOfSatisfying(ServerBusyException.class, e -> assertThat(e.retryAfterSeconds()).hasValue(3))
                .hasMessageContaining("2 live syntheses ahead of real time");
        // Nobody listens to a task in real time: it is held to the hard cap only.
        assertThat(open(Priority.TASK_LOW)).isNotNull();
        assertThat(scheduler.stats().streamsRejected()).isEqualTo(1);
    }

    @Test
    void twoWorkersKeepTwiceAsManyStreams() throws Exception {
        start(2, new Admission(8, 0, true, Duration.ZERO, 1));
        measure(4, 1000, 1.5);
        assertThat(scheduler.stats().liveCapacity()).isEqualTo(3);
    }

    @Test
    void withoutTheCapacityRuleOnlyTheHardCapApplies() throws Exception {
        start(1, new Admission(3, 0, false, Duration.ZERO, 1));
        measure(4, 1000, 1.0);
        assertThat(scheduler.stats().liveCapacity()).isEqualTo(1);
        open(Priority.REQUEST);
        open(Priority.REQUEST);
        open(Priority.REQUEST);
        assertThatThrownBy(() -> open(Priority.REQUEST)).isInstanceOf(ServerBusyException.class)
                .hasMessageContaining("busy with 3 syntheses");
    }

    @Test
    void aStreamWhoseReaderIsBehindDoesNotHoldAPlace() throws Exception {
        start(1, new Admission(1, 1, true, Duration.ZERO, 1));
        ChunkStream<Double> unread = open(Priority.REQUEST);
        Thread.startVirtualThread(() -> {
            for (int i = 0; i < 3; i++) {
                unread.submit(chunk(10, 1));
            }
        });
        awaitParked(1); // two results ready (the lookahead), the third waits for the reader
        ChunkStream<Double> next = open(Priority.REQUEST);
        assertThatThrownBy(() -> open(Priority.REQUEST)).as("the hard cap counts the unparked one")
                .isInstanceOf(ServerBusyException.class);

        next.submit(chunk(10, 1));
        next.submit(chunk(10, 1));
        awaitParked(2);
        assertThatThrownBy(() -> open(Priority.REQUEST)).as("max-parked-streams is full")
                .isInstanceOf(ServerBusyException.class);

        unread.cancel();
        assertThat(open(Priority.REQUEST)).isNotNull();
        assertThat(scheduler.stats().streamsRejected()).isEqualTo(2);
    }

    private void awaitParked(int streams) {
        while (scheduler.stats().parkedStreams() < streams) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aStreamWaitsForAPlaceThatComesFreeWithinTheQueueTime() throws Exception {
        start(1, new Admission(1, 0, false, Duration.ofSeconds(30), 1));
        ChunkStream<Double> first = open(Priority.REQUEST);
        AtomicReference<ChunkStream<Double>> second = new AtomicReference<>();
        Thread opener = Thread.startVirtualThread(() -> second.set(open(Priority.REQUEST)));
        opener.join(200);
        assertThat(opener.isAlive()).as("queued while the only place is taken").isTrue();

        first.cancel();
        opener.join(10_000);
        assertThat(second.get()).isNotNull();
        assertThat(scheduler.stats().streamsRejected()).isZero();
    }

    @Test
    void aQueuedStreamIsRefusedWhenTheServerStartsDraining() throws Exception {
        start(1, new Admission(1, 0, false, Duration.ofSeconds(30), 1));
        ChunkStream<Double> first = open(Priority.REQUEST);
        AtomicReference<Throwable> refused = new AtomicReference<>();
        Thread opener = Thread.startVirtualThread(() -> {
            try {
                open(Priority.REQUEST);
            } catch (ServerBusyException e) {
                refused.set(e);
            }
        });
        opener.join(200);
        assertThat(opener.isAlive()).isTrue();

        assertThat(scheduler.drain(Duration.ZERO)).as("the first stream is still open").isFalse();
        opener.join(10_000);
        assertThat(refused.get()).hasMessageContaining("shutting down");
        first.cancel();
    }
}
