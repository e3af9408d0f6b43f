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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every wait here is for an event; the timeout only stops a test that would otherwise hang. */
@Timeout(60)
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
        return new ChunkTask<>(10, preemption -> {
            executed.add(name);
            return name;
        });
    }

    /** A task that holds the single worker until the test lets it go, so queues can be set up first. */
    private ChunkTask<String> gate(String name, CountDownLatch started, CountDownLatch release) {
        return new ChunkTask<>(10, preemption -> {
            started.countDown();
            release.await();
            executed.add(name);
            return name;
        });
    }

    /**
     * Holds the worker until released, like {@link #gate}, but stops early when preempted and then fails,
     * as a model run stopped by ONNX Runtime does. Preemption is checked after the release too, so a chunk
     * preempted before its release always counts as stopped.
     */
    private ChunkTask<String> stoppableGate(String name, CountDownLatch started, CountDownLatch release) {
        return new ChunkTask<>(10, preemption -> {
            AtomicBoolean stopped = new AtomicBoolean();
            preemption.onPreempt(() -> stopped.set(true));
            started.countDown();
            while (!release.await(5, TimeUnit.MILLISECONDS) && !stopped.get()) {
                Thread.onSpinWait();
            }
            if (stopped.get()) {
                executed.add(name + " stopped");
                throw new IllegalStateException("stopped early");
            }
            executed.add(name);
            return name;
        });
    }

    /**
     * Opens an urgent task whose first chunk, a {@link #stoppableGate} named task0, is under way when this returns;
     * {@code more} follow it.
     */
    @SafeVarargs
    private ChunkStream<String> taskUnderWay(CountDownLatch release, ChunkTask<String>... more)
            throws InterruptedException {
        return underWay(Priority.TASK_URGENT, started -> stoppableGate("task0", started, release), List.of(more))
                .stream();
    }

    /** A stream and the thread producing its chunks. */
    private record Produced(ChunkStream<String> stream, Thread producer) {
    }

    /**
     * Opens a stream whose first chunk, made by {@code first} with the latch it counts down when it starts, is under
     * way when this returns; {@code more} follow it, from a producer thread.
     */
    private Produced underWay(Priority priority, Function<CountDownLatch, ChunkTask<String>> first,
            List<ChunkTask<String>> more) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        ChunkStream<String> stream = scheduler.open(priority);
        List<ChunkTask<String>> chunks = new ArrayList<>(List.of(first.apply(started)));
        chunks.addAll(more);
        Thread producer = produce(stream, chunks);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        return new Produced(stream, producer);
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
        scheduler = new ChunkScheduler(2, 4, 2, 1, true);
        ChunkStream<String> stream = scheduler.open(Priority.REQUEST);
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
        scheduler = new ChunkScheduler(1, 4, 64, 1, true);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> longOne =
                underWay(Priority.REQUEST, started -> gate("long0", started, release), tasks("long", 1, 30)).stream();
        ChunkStream<String> shortOne = scheduler.open(Priority.REQUEST);
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
    void realtimeGetsTwiceTheShareOfARequest() throws Exception {
        List<String> first24 = turnsWhileBothBacklogged(Priority.REALTIME, Priority.REQUEST, true);
        long realtime = first24.stream().filter(s -> s.startsWith("a")).count();
        assertThat(realtime).isBetween(15L, 17L); // weight 4 against 2: about 2 of every 3 turns
    }

    @Test
    void withoutLiveFirstATaskProgressesUnderConstantLiveLoad() throws Exception {
        List<String> first24 = turnsWhileBothBacklogged(Priority.REALTIME, Priority.TASK_LOW, false);
        long task = first24.stream().filter(s -> s.startsWith("b")).count();
        assertThat(task).isBetween(4L, 6L); // weight 1 against 4: about 1 of every 5 turns
    }

    /**
     * The order of the first 24 chunks two streams ({@code a} and {@code b}) get while both always
     * have chunks waiting: each chunk holds the worker until both producers have refilled.
     */
    private List<String> turnsWhileBothBacklogged(Priority a, Priority b, boolean liveFirst) throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1, liveFirst);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> blocker = scheduler.open(Priority.REALTIME);
        blocker.submit(gate("gate", started, release));
        blocker.endOfInput();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        ChunkStream<String> streamA = scheduler.open(a);
        ChunkStream<String> streamB = scheduler.open(b);
        List<ChunkStream<String>> both = List.of(streamA, streamB);
        produce(streamA, backloggedTasks("a", both));
        produce(streamB, backloggedTasks("b", both));
        awaitBacklog(both);
        release.countDown();
        drain(streamA);
        drain(streamB);
        drain(blocker);
        return executed.subList(1, 25);
    }

    /** 40 tasks that, during the first 30 chunks run, each wait until every stream is backlogged again. */
    private List<ChunkTask<String>> backloggedTasks(String prefix, List<ChunkStream<String>> streams) {
        List<ChunkTask<String>> list = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = prefix + i;
            list.add(new ChunkTask<>(10, preemption -> {
                executed.add(name);
                if (executed.size() < 30) {
                    awaitBacklog(streams);
                }
                return name;
            }));
        }
        return list;
    }

    private static void awaitBacklog(List<ChunkStream<String>> streams) {
        while (!streams.stream().allMatch(ChunkSchedulerTest::backlogged)) {
            Thread.onSpinWait();
        }
    }

    private static boolean backlogged(ChunkStream<?> stream) {
        return stream.pendingCount() == ChunkStream.MAX_PENDING;
    }

    @Test
    void aProducerWaitsWhileTwoChunksArePending() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 8, 1, true);
        CountDownLatch release = new CountDownLatch(1);
        Produced produced = underWay(Priority.REQUEST, started -> gate("c0", started, release), tasks("c", 1, 6));
        ChunkStream<String> stream = produced.stream();
        Thread producer = produced.producer();
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
        scheduler = new ChunkScheduler(1, 2, 2, 7, true);
        scheduler.open(Priority.REQUEST);
        ChunkStream<String> second = scheduler.open(Priority.REQUEST);
        assertThatThrownBy(() -> scheduler.open(Priority.REQUEST))
                .isInstanceOfSatisfying(ServerBusyException.class, e -> assertThat(e.retryAfterSeconds()).hasValue(7));
        second.cancel();
        assertThat(scheduler.open(Priority.REQUEST)).isNotNull();
        assertThat(scheduler.stats().streamsRejected()).isEqualTo(1);
    }

    @Test
    void cancellingDropsQueuedChunksAndStopsTheProducer() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1, true);
        CountDownLatch release = new CountDownLatch(1);
        Produced produced =
                underWay(Priority.REQUEST, started -> gate("first", started, release), tasks("later", 0, 10));
        ChunkStream<String> stream = produced.stream();
        Thread producer = produced.producer();
        stream.cancel();
        stream.cancel(); // idempotent: counted once below
        release.countDown();
        producer.join(5_000);
        assertThat(producer.isAlive()).as("the producer stopped").isFalse();

        assertThatThrownBy(() -> stream.submit(task("more"))).isInstanceOf(CancellationException.class);
        assertThatThrownBy(stream::take).isInstanceOf(CancellationException.class);
        // Run another stream to completion so the worker has certainly finished the cancelled chunk.
        ChunkStream<String> next = scheduler.open(Priority.REQUEST);
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
        scheduler = new ChunkScheduler(1, 4, 2, 1, true);
        ChunkStream<String> stalled = scheduler.open(Priority.REQUEST);
        produce(stalled, tasks("stalled", 0, 10));
        ChunkStream<String> busy = scheduler.open(Priority.REQUEST);
        produce(busy, tasks("busy", 0, 10));
        assertThat(drain(busy)).hasSize(10);
        assertThat(executed.stream().filter(s -> s.startsWith("stalled")).count()).isEqualTo(2);
        assertThat(drain(stalled)).hasSize(10);
    }

    @Test
    void aFailingChunkReachesTheReader() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 2, 1, true);
        ChunkStream<String> plain = scheduler.open(Priority.REQUEST);
        plain.submit(new ChunkTask<>(1, preemption -> {
            throw new IllegalStateException("native crash");
        }));
        assertThatThrownBy(plain::take).isInstanceOf(SynthesisFailedException.class).hasMessageContaining("native crash");

        ChunkStream<String> typed = scheduler.open(Priority.REQUEST);
        typed.fail(new InvalidInputException("bad text", "input", "bad"));
        assertThatThrownBy(typed::take).isInstanceOf(InvalidInputException.class);
        typed.close();
        plain.close();
        assertThat(scheduler.stats().openStreams()).isZero();
        assertThat(scheduler.stats().streamsCancelled()).isZero();
    }

    @Test
    void manyConcurrentStreamsAllComplete() throws Exception {
        scheduler = new ChunkScheduler(2, 16, 2, 1, true);
        AtomicInteger done = new AtomicInteger();
        List<Thread> readers = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            ChunkStream<Integer> stream = scheduler.open(s % 3 == 0 ? Priority.TASK_LOW : Priority.REQUEST);
            int id = s;
            List<ChunkTask<Integer>> work = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                work.add(new ChunkTask<>(1 + i, preemption -> id));
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

    /** Holds the single worker with a live chunk until the returned latch is counted down. */
    private CountDownLatch holdTheWorker() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> blocker = scheduler.open(Priority.REQUEST);
        blocker.submit(gate("gate", started, release));
        blocker.endOfInput();
        Thread.startVirtualThread(() -> {
            try {
                drain(blocker);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    private ChunkStream<String> openWith(Priority priority, String... names) {
        ChunkStream<String> stream = scheduler.open(priority);
        for (String name : names) {
            stream.submit(task(name));
        }
        stream.endOfInput();
        return stream;
    }

    @Test
    void aTaskChunkNeverStartsWhileALiveStreamHasOneReady() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1, true);
        CountDownLatch release = holdTheWorker();
        // The task is opened first and has waited longest: it still goes after the live work.
        ChunkStream<String> task = openWith(Priority.TASK_URGENT, "task0", "task1");
        ChunkStream<String> live = openWith(Priority.REQUEST, "live0", "live1");
        release.countDown();
        assertThat(drain(task)).containsExactly("task0", "task1");
        assertThat(drain(live)).containsExactly("live0", "live1");
        assertThat(executed).containsExactly("gate", "live0", "live1", "task0", "task1");
    }

    @Test
    void tasksProgressWhileLiveStreamsAreIdleOrWaitOnTheirReader() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 2, 1, true);
        ChunkStream<String> idle = scheduler.open(Priority.REALTIME);
        ChunkStream<String> unread = scheduler.open(Priority.REQUEST);
        produce(unread, tasks("unread", 0, 10));
        while (executed.size() < 2 || !backlogged(unread)) {
            Thread.onSpinWait(); // two results ready and nobody reading them: the stream is paused
        }
        ChunkStream<String> task = scheduler.open(Priority.TASK_LOW);
        produce(task, tasks("task", 0, 5));
        assertThat(drain(task)).containsExactly("task0", "task1", "task2", "task3", "task4");
        assertThat(executed).containsExactly("unread0", "unread1", "task0", "task1", "task2", "task3", "task4");
        assertThat(drain(unread)).hasSize(10);
        idle.close();
    }

    @ParameterizedTest(name = "live-first={0}")
    @ValueSource(booleans = {true, false})
    void moreUrgentTasksGoFirst(boolean liveFirst) throws Exception {
        scheduler = new ChunkScheduler(1, 8, 64, 1, liveFirst);
        CountDownLatch release = holdTheWorker();
        List<ChunkStream<String>> streams = List.of(
                openWith(Priority.TASK_LOW, "low0", "low1"),
                openWith(Priority.TASK_NORMAL, "normal0", "normal1"),
                openWith(Priority.TASK_URGENT, "urgent0", "urgent1"),
                openWith(Priority.TASK_HIGH, "high0", "high1"));
        release.countDown();
        for (ChunkStream<String> stream : streams) {
            drain(stream);
        }
        assertThat(executed).containsExactly("gate", "urgent0", "urgent1", "high0", "high1",
                "normal0", "normal1", "low0", "low1");
    }

    @Test
    void aLiveStreamOpenedDuringATaskChunkHasTheNextTurn() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1, true);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> task =
                underWay(Priority.TASK_URGENT, started -> gate("task0", started, release), tasks("task", 1, 5))
                        .stream();
        while (!backlogged(task)) {
            Thread.onSpinWait();
        }
        // Another task, waiting since before the live stream came, with as early a turn as it.
        ChunkStream<String> otherTask = openWith(Priority.TASK_URGENT, "other0");
        ChunkStream<String> live = openWith(Priority.REQUEST, "live0");
        release.countDown();
        assertThat(drain(live)).containsExactly("live0");
        assertThat(drain(otherTask)).containsExactly("other0");
        assertThat(drain(task)).hasSize(5);
        assertThat(executed.subList(0, 2)).containsExactly("task0", "live0");
    }

    @Test
    void aLiveFirstChunkPreemptsATaskChunkUnderWayWhichRunsAgainAfterIt() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1, true);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> task = taskUnderWay(release, task("task1"));

        ChunkStream<String> live = openWith(Priority.REQUEST, "live0", "live1");
        assertThat(drain(live)).containsExactly("live0", "live1");
        release.countDown();
        assertThat(drain(task)).containsExactly("task0", "task1");

        assertThat(executed).containsExactly("task0 stopped", "live0", "live1", "task0", "task1");
        assertThat(scheduler.stats().chunksPreempted()).isEqualTo(1);
        assertThat(scheduler.stats().chunksRun()).isEqualTo(4);
    }

    @Test
    void theListenerHearsEveryRunWithItsPriorityCostAndWhetherItWasPreempted() throws Exception {
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        scheduler = new ChunkScheduler(1, 4, 64, 1, true,
                (priority, tokens, nanos, preempted) -> heard.add(priority + " " + tokens + (preempted ? " preempted" : "")
                        + (nanos > 0 ? "" : " without a duration")));
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> task = taskUnderWay(release);
        ChunkStream<String> live = scheduler.open(Priority.REQUEST);
        live.submit(new ChunkTask<>(37, preemption -> "live0"));
        live.endOfInput();
        assertThat(drain(live)).containsExactly("live0");
        release.countDown();
        assertThat(drain(task)).containsExactly("task0");
        // The worker tells the listener after it hands the result over, so the reader may be first.
        while (heard.size() < 3) {
            Thread.onSpinWait();
        }

        assertThat(heard).containsExactly("TASK_URGENT 10 preempted", "REQUEST 37", "TASK_URGENT 10");
    }

    @Test
    void statsCountTheChunksAndStreamsWaitingForAWorker() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 1, 1, true);
        CountDownLatch release = holdTheWorker();
        ChunkStream<String> waiting = openWith(Priority.REQUEST, "a0", "a1");
        SchedulerStats busy = scheduler.stats();
        assertThat(busy.chunksInFlight()).isEqualTo(1);
        assertThat(busy.streamsWaiting()).isEqualTo(1);
        assertThat(busy.chunksWaiting()).isEqualTo(2);

        release.countDown();
        while (scheduler.stats().chunksInFlight() > 0 || scheduler.stats().chunksWaiting() > 1) {
            Thread.onSpinWait();
        }
        // a0 is ready and unread: with a lookahead of one, a1 waits for the reader, not for a worker.
        SchedulerStats stalled = scheduler.stats();
        assertThat(stalled.chunksWaiting()).isZero();
        assertThat(stalled.streamsWaiting()).isZero();
        assertThat(drain(waiting)).containsExactly("a0", "a1");
        assertThat(scheduler.stats().openStreams()).isZero();
    }

    @Test
    void aStartedLiveStreamsNextChunkWaitsForTheTaskChunkUnderWay() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 1, 1, true);
        ChunkStream<String> live = openWith(Priority.REQUEST, "live0", "live1");
        while (!executed.contains("live0")) {
            Thread.onSpinWait();
        }
        CountDownLatch release = new CountDownLatch(1);
        // live0 fills the lookahead of one, so the worker is free for the task until live0 is read.
        ChunkStream<String> task = taskUnderWay(release);

        assertThat(live.take()).isEqualTo("live0");
        release.countDown();
        assertThat(drain(live)).containsExactly("live1");
        assertThat(drain(task)).containsExactly("task0");

        assertThat(executed).containsExactly("live0", "task0", "live1");
        assertThat(scheduler.stats().chunksPreempted()).isZero();
    }

    @Test
    void withoutLiveFirstATaskChunkUnderWayIsNotPreempted() throws Exception {
        scheduler = new ChunkScheduler(1, 4, 64, 1, false);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> task = taskUnderWay(release);

        ChunkStream<String> live = openWith(Priority.REQUEST, "live0");
        release.countDown();
        assertThat(drain(live)).containsExactly("live0");
        assertThat(drain(task)).containsExactly("task0");

        assertThat(executed).containsExactly("task0", "live0");
        assertThat(scheduler.stats().chunksPreempted()).isZero();
    }

    @Test
    void newStreamsFirstChunksGoBeforeStartedStreamsNextChunksAndTasksAfterThem() throws Exception {
        scheduler = new ChunkScheduler(1, 16, 1, 1, true);
        CountDownLatch release = holdTheWorker();
        // a and b start, then wait for their readers (one result each is the lookahead) while c, whose
        // reader keeps up, runs on: they fall behind in virtual time, and once resumed they are as due
        // as a stream opened now (with fair queuing alone, the first opened of them would go first).
        ChunkStream<String> a = scheduler.open(Priority.REQUEST);
        produce(a, tasks("a", 0, 4));
        ChunkStream<String> b = scheduler.open(Priority.REALTIME);
        produce(b, tasks("b", 0, 4));
        CountDownLatch cStarted = new CountDownLatch(1);
        CountDownLatch cRelease = new CountDownLatch(1);
        ChunkStream<String> c = scheduler.open(Priority.REQUEST);
        List<ChunkTask<String>> cChunks = new ArrayList<>(tasks("c", 0, 3));
        cChunks.add(gate("c3", cStarted, cRelease));
        produce(c, cChunks);
        List<String> cResults = Collections.synchronizedList(new ArrayList<>());
        Thread cReader = Thread.startVirtualThread(() -> {
            try {
                cResults.addAll(drain(c));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        while (!backlogged(a) || !backlogged(b)) {
            Thread.onSpinWait();
        }
        release.countDown();
        assertThat(cStarted.await(5, TimeUnit.SECONDS)).isTrue();
        // While c's last chunk runs: a task, eight new live streams (one a realtime session's), and a's
        // and b's readers take their first results, so a and b are runnable again.
        ChunkStream<String> task = openWith(Priority.TASK_URGENT, "task0", "task1");
        List<ChunkStream<String>> newcomers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            newcomers.add(openWith(i == 5 ? Priority.REALTIME : Priority.REQUEST, "n" + i + "_0", "n" + i + "_1"));
        }
        assertThat(a.take()).isEqualTo("a0");
        assertThat(b.take()).isEqualTo("b0");
        cRelease.countDown();
        for (ChunkStream<String> stream : newcomers) {
            assertThat(drain(stream)).hasSize(2);
        }
        assertThat(drain(a)).hasSize(3);
        assertThat(drain(b)).hasSize(3);
        cReader.join(5_000);
        assertThat(cResults).containsExactly("c0", "c1", "c2", "c3");
        assertThat(drain(task)).containsExactly("task0", "task1");

        assertThat(executed.subList(0, 15)).containsExactly("gate", "a0", "b0", "c0", "c1", "c2", "c3",
                "n0_0", "n1_0", "n2_0", "n3_0", "n4_0", "n5_0", "n6_0", "n7_0");
        assertThat(executed.indexOf("task0")).isGreaterThan(executed.indexOf("a1"))
                .isGreaterThan(executed.indexOf("b1"));
    }

    @Test
    void aStartedStreamProgressesWhileNewStreamsKeepArriving() throws Exception {
        int maxStreams = 4; // also the most first chunks that go in a row past a started stream
        int flood = 3 * maxStreams;
        scheduler = new ChunkScheduler(1, maxStreams, 64, 1, true);
        CountDownLatch release = new CountDownLatch(1);
        ChunkStream<String> running =
                underWay(Priority.REQUEST, started -> gate("s0", started, release), tasks("s", 1, 5)).stream();
        // A flood: each new stream's chunk opens the next new stream, so one is always waiting to start,
        // and closes the one before it, so the streams stay within the limit.
        List<ChunkStream<String>> newcomers = Collections.synchronizedList(new ArrayList<>());
        newcomers.add(openFloodStream(newcomers, 0, flood));
        release.countDown();
        assertThat(drain(running)).hasSize(5);
        newcomers.forEach(ChunkStream::close);

        List<String> expected = new ArrayList<>(List.of("s0"));
        for (int turn = 0; turn < 3; turn++) {
            for (int i = 0; i < maxStreams; i++) {
                expected.add("n" + (turn * maxStreams + i));
            }
            expected.add("s" + (turn + 1));
        }
        expected.add("s4");
        assertThat(executed).containsExactlyElementsOf(expected);
    }

    /** A one-chunk stream {@code n<index>} whose chunk opens the next one and closes the one before it. */
    private ChunkStream<String> openFloodStream(List<ChunkStream<String>> streams, int index, int count) {
        ChunkStream<String> stream = scheduler.open(Priority.REQUEST);
        stream.submit(new ChunkTask<>(10, preemption -> {
            executed.add("n" + index);
            if (index + 1 < count) {
                streams.add(openFloodStream(streams, index + 1, count));
            }
            if (index > 0) {
                streams.get(index - 1).close();
            }
            return "n" + index;
        }));
        stream.endOfInput();
        return stream;
    }
}
