package dev.kokoro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.ServerBusyException;
import dev.kokoro.error.SynthesisFailedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChunkSchedulerTest {
    private final List<String> executed = Collections.synchronizedList(new ArrayList<>());
    private ChunkScheduler scheduler;

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.close();
        }
    }

    private ChunkTask<String> task(String name) {
        return new ChunkTask<>(10, () -> {
            executed.add(name);
            return name;
        });
    }

    /** A task that holds the single worker until the test lets it go, so queues can be set up first. */
    private ChunkTask<String> gate(String name, CountDownLatch started, CountDownLatch release) {
        return new ChunkTask<>(10, () -> {
            started.countDown();
            release.await();
            executed.add(name);
            return name;
        });
    }

    /** Submits the tasks from a producer thread of its own, as the pipeline does, then ends the input. */
    private static <T> Thread produce(ChunkStream<T> stream, List<ChunkTask<T>> tasks) {
        return Thread.startVirtualThread(() -> {
            try {
                tasks.forEach(stream::submit);
                stream.endOfInput();
            } catch (CancellationException e) {
                // the stream was stopped: the producer stops too
            }
        });
    }

    private List<ChunkTask<String>> tasks(String prefix, int from, int to) {
        List<ChunkTask<String>> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(task(prefix + i));
        }
        return list;
    }

    private static List<String> drain(ChunkStream<String> stream) throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (String s = stream.take(); s != null; s = stream.take()) {
            out.add(s);
        }
        return out;
    }

    @Test
    void resultsComeInSubmissionOrderAndEndWithNull() throws Exception {
        scheduler = new ChunkScheduler(2, 4, 2, 1);
        ChunkStream<String> stream = scheduler.open(Priority.NORMAL);
        Thread.startVirtualThread(() -> {
            for (int i = 0; i < 20; i++) {
                stream.submit(task("c" + i));
            }
            stream.endOfInput();
        });
        List<String> results = drain(stream);
        assertThat(results).hasSize(20).startsWith("c0", "c1").endsWith("c19");
        for (int i = 0; i < 20; i++) {
            assertThat(results.get(i)).isEqualTo("c" + i);
        }
        assertThat(scheduler.stats().openStreams()).isZero();
    }

    @Test
    void aShortRequestDoesNotWaitForALongOne() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> longOne = scheduler.open(Priority.NORMAL);
        List<ChunkTask<String>> longTasks = new ArrayList<>(List.of(gate("long0", started, release)));
        longTasks.addAll(tasks("long", 1, 30));
        produce(longOne, longTasks);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        ChunkStream<String> shortOne = scheduler.open(Priority.NORMAL);
        shortOne.submit(task("short0"));
        shortOne.submit(task("short1"));
        shortOne.endOfInput();
        release.countDown();

        assertThat(drain(shortOne)).containsExactly("short0", "short1");
        assertThat(drain(longOne)).hasSize(30);
        // Fair turns: the short stream's two chunks run within the first five chunks, not after thirty.
        assertThat(executed.indexOf("short1")).isLessThan(5);
    }

    @Test
    void higherPriorityGetsALargerShareButLowIsNotStarved() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> blocker = scheduler.open(Priority.NORMAL);
        blocker.submit(gate("gate", started, release));
        blocker.endOfInput();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        ChunkStream<String> low = scheduler.open(Priority.LOW);
        ChunkStream<String> high = scheduler.open(Priority.HIGH);
        // Tasks that take a moment, so both producers always keep their streams backlogged.
        List<ChunkTask<String>> lows = new ArrayList<>();
        List<ChunkTask<String>> highs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lows.add(slowTask("low" + i));
            highs.add(slowTask("high" + i));
        }
        produce(low, lows);
        produce(high, highs);
        while (scheduler.stats().openStreams() < 3 || !backlogged(low) || !backlogged(high)) {
            Thread.onSpinWait();
        }
        release.countDown();
        drain(high);
        drain(low);
        drain(blocker);

        List<String> first25 = executed.subList(1, 26);
        long highCount = first25.stream().filter(s -> s.startsWith("high")).count();
        long lowCount = first25.stream().filter(s -> s.startsWith("low")).count();
        assertThat(highCount).isBetween(18L, 22L); // weight 4 against 1: about 4 of every 5 turns
        assertThat(lowCount).isGreaterThanOrEqualTo(3L);
    }

    private ChunkTask<String> slowTask(String name) {
        return new ChunkTask<>(10, () -> {
            Thread.sleep(2);
            executed.add(name);
            return name;
        });
    }

    private static boolean backlogged(ChunkStream<?> stream) {
        return stream.pendingCount() == ChunkStream.MAX_PENDING;
    }

    @Test
    void aProducerWaitsWhileTwoChunksArePending() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 8, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> stream = scheduler.open(Priority.NORMAL);
        List<ChunkTask<String>> all = new ArrayList<>(List.of(gate("c0", started, release)));
        all.addAll(tasks("c", 1, 6));
        Thread producer = produce(stream, all);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        while (stream.pendingCount() < ChunkStream.MAX_PENDING) {
            Thread.onSpinWait();
        }
        producer.join(200);
        assertThat(producer.isAlive()).as("blocked while the worker is busy").isTrue();
        assertThat(stream.pendingCount()).isEqualTo(ChunkStream.MAX_PENDING);
        release.countDown();
        assertThat(drain(stream)).containsExactly("c0", "c1", "c2", "c3", "c4", "c5");
        producer.join(5_000);
        assertThat(producer.isAlive()).isFalse();
    }

    @Test
    void refusesStreamsBeyondTheLimitWithRetryAfter() {
        scheduler = new ChunkScheduler(1, 2, 2, 7);
        scheduler.open(Priority.NORMAL);
        ChunkStream<String> second = scheduler.open(Priority.NORMAL);
        assertThatThrownBy(() -> scheduler.open(Priority.NORMAL))
                .isInstanceOfSatisfying(ServerBusyException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(7));
        second.cancel();
        assertThat(scheduler.open(Priority.NORMAL)).isNotNull();
        assertThat(scheduler.stats().streamsRejected()).isEqualTo(1);
    }

    @Test
    void cancellingDropsQueuedChunksAndStopsTheProducer() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> stream = scheduler.open(Priority.NORMAL);
        List<ChunkTask<String>> all = new ArrayList<>(List.of(gate("first", started, release)));
        all.addAll(tasks("later", 0, 10));
        Thread producer = produce(stream, all);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        stream.cancel();
        release.countDown();
        producer.join(5_000);
        assertThat(producer.isAlive()).as("the producer stopped").isFalse();

        assertThatThrownBy(() -> stream.submit(task("more"))).isInstanceOf(CancellationException.class);
        assertThatThrownBy(stream::take).isInstanceOf(CancellationException.class);
        // Run another stream to completion so the worker has certainly finished the cancelled chunk.
        ChunkStream<String> next = scheduler.open(Priority.NORMAL);
        next.submit(task("next"));
        next.endOfInput();
        assertThat(drain(next)).containsExactly("next");
        assertThat(executed).containsExactly("first", "next");
        SchedulerStats stats = scheduler.stats();
        assertThat(stats.streamsCancelled()).isEqualTo(1);
        assertThat(stats.chunksDiscarded()).isEqualTo(1);
        assertThat(stats.openStreams()).isZero();
    }

    @Test
    void aReaderThatFallsBehindOnlyPausesItsOwnStream() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 2, 1);
        ChunkStream<String> stalled = scheduler.open(Priority.NORMAL);
        produce(stalled, tasks("stalled", 0, 10));
        ChunkStream<String> busy = scheduler.open(Priority.NORMAL);
        produce(busy, tasks("busy", 0, 10));
        assertThat(drain(busy)).hasSize(10);
        assertThat(executed.stream().filter(s -> s.startsWith("stalled")).count()).isEqualTo(2);
        assertThat(drain(stalled)).hasSize(10);
    }

    @Test
    void aFailingChunkReachesTheReader() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 2, 1);
        ChunkStream<String> plain = scheduler.open(Priority.NORMAL);
        plain.submit(new ChunkTask<>(1, () -> {
            throw new IllegalStateException("native crash");
        }));
        assertThatThrownBy(plain::take).isInstanceOf(SynthesisFailedException.class).hasMessageContaining("native crash");

        ChunkStream<String> typed = scheduler.open(Priority.NORMAL);
        typed.fail(new InvalidInputException("bad text", "input", "bad"));
        assertThatThrownBy(typed::take).isInstanceOf(InvalidInputException.class);
        typed.close();
        plain.close();
        assertThat(scheduler.stats().openStreams()).isZero();
        assertThat(scheduler.stats().streamsCancelled()).isZero();
    }

    @Test
    void manyConcurrentStreamsAllComplete() throws Exception {
        scheduler = new ChunkScheduler(2, 16, 2, 1);
        AtomicInteger done = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            ChunkStream<Integer> stream = scheduler.open(s % 3 == 0 ? Priority.LOW : Priority.NORMAL);
            int id = s;
            List<ChunkTask<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                work.add(new ChunkTask<>(1 + i, () -> id));
            }
            produce(stream, work);
            readers.add(Thread.startVirtualThread(() -> {
                try {
                    Object v;
                    int n = 0;
                    while ((v = stream.take()) != null) {
                        assertThat(v).isEqualTo(id);
                        n++;
                    }
                    if (n == 15) {
                        done.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : readers) {
            t.join(20_000);
        }
        assertThat(done.get()).isEqualTo(12);
        assertThat(scheduler.stats().chunksRun()).isEqualTo(12 * 15);
    }
}
