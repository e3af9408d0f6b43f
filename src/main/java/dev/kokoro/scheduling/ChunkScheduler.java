package dev.kokoro.scheduling;

import dev.kokoro.error.ServerBusyException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the chunks of every open {@link ChunkStream} on a fixed set of worker threads, one chunk at a
 * time per stream. Which chunk starts next follows the streams' {@link Priority}: live streams before
 * background tasks (unless {@code liveFirst} is off), the most urgent tasks before the others, and
 * start-time fair queuing among the rest, weighted by priority. A short request therefore never waits
 * for a long one to finish, and no live stream starves.
 *
 * <p>First chunks first: a live stream that has not started a chunk yet has a listener hearing
 * nothing, while a started one has audio playing, and usually more ready (up to {@code lookahead}
 * chunks, each longer than the one before). So while such a new stream is runnable, only new streams'
 * first chunks start, in the order the streams were opened. Each stream gets this once, for its first
 * chunk; after it, it competes by fair queuing. The bound: a runnable started live stream waits for at
 * most {@code maxStreams} first chunks in a row (each small: the planner's first chunk), then the next
 * turn goes to the started streams. In a burst the rule never reaches that bound, since at most
 * {@code maxStreams - 1} other streams can be open; only a sustained flood (new streams opening as
 * others end) does. A realtime session that opens a stream per clause gets the jump for each clause's
 * first chunk, which is what its listener waits for after the clause's text arrives.
 *
 * <p>Background chunks give way to first chunks: with {@code liveFirst}, when a live stream's first chunk
 * becomes runnable and every worker is busy, a background chunk under way is {@link Preemption preempted}
 * (a model run stops within a graph node or two) and queued again at the head of its task, to run from the
 * start once the worker is free of live first chunks. So a task delays a request's first audio by the time
 * a run takes to stop, not by a whole chunk. Only first chunks preempt: a started live stream has audio
 * ready (its lookahead), and preempting for each of its chunks would restart a task's chunk over and over
 * while it makes no progress in the gaps a live stream leaves.
 *
 * <p>Everything here is bounded: the number of open streams (see {@link Admission}: {@code maxStreams} that
 * use the workers, more that wait for their readers, and with the capacity rule only as many live streams as
 * the workers keep ahead of real time; the next {@link #open} waits briefly, then is refused with
 * {@link ServerBusyException}) and each stream's finished-but-unread chunks ({@code lookahead}; a slow reader
 * pauses its own stream, not the others).
 *
 * <p>The scheduler keeps the fair-queuing bookkeeping (each stream's virtual start time, in a
 * {@code Share}); each stream keeps its own queues. One lock guards both, and the streams are handed
 * it: choosing a chunk reads every stream's state and starts one of them, which must not interleave
 * with a stream's reader, producer or cancel. With a lock per stream that choice would need a lock
 * order and a re-check of the stream it chose. Decisions are a few per chunk and a chunk takes tens
 * of milliseconds, so contention is negligible and the invariants stay simple.
 */
public final class ChunkScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChunkScheduler.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workAvailable = lock.newCondition();
    private final Condition streamOrChunkEnded = lock.newCondition();
    private final List<Share> shares = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    /** The background chunks under way, which a live first chunk may preempt. */
    private final List<Preemption> backgroundRunning = new ArrayList<>();
    private final Admission admission;
    private final int lookahead;
    private final boolean liveFirst;
    private final ChunkListener listener;
    /** Times chunk runs: System.nanoTime, or a test's clock. */
    private final LongSupplier runClock;
    private final Throughput throughput = new Throughput();

    /** The start time of the chunk started last: where a stream that had nothing to start resumes. */
    private double virtualClock;
    /** First chunks started in a row while a started live stream was runnable too (see the class comment). */
    private int firstChunksInARow;
    private int chunksInFlight;
    private long openedStreams;
    private long chunksRun;
    private long chunksDiscarded;
    private long chunksPreempted;
    private long streamsCancelled;
    private long streamsRejected;
    private boolean closed;
    /** Shutting down: open streams finish, new ones are refused. */
    private boolean draining;

    /** An open stream and its place in the fair queuing. */
    private static final class Share {
        final ChunkStream<?> stream;
        /**
         * Virtual time at which its next chunk starts; each chunk moves it on by cost / weight, so a
         * heavier stream's time runs slower and it gets more turns.
         */
        double start;

        Share(ChunkStream<?> stream, double start) {
            this.stream = stream;
            this.start = start;
        }

        Priority priority() {
            return stream.priority();
        }
    }

    /**
     * A scheduler admitting streams by the hard cap alone ({@link Admission#hardCap}).
     *
     * @param workers           chunks run at once; 1 on a CPU, where one chunk already uses every core
     * @param maxStreams        streams open at once before {@link #open} answers busy
     * @param lookahead         chunks a stream may have ready ahead of its reader
     * @param retryAfterSeconds the pause suggested to a refused client
     * @param liveFirst         whether a background task's chunk waits for every live stream's ready chunk
     *                          (else the most urgent tasks compete with live streams at weight 1)
     */
    public ChunkScheduler(int workers, int maxStreams, int lookahead, int retryAfterSeconds, boolean liveFirst) {
        this(workers, maxStreams, lookahead, retryAfterSeconds, liveFirst, ChunkListener.NONE);
    }

    /** @param listener hears of every chunk run, for metrics */
    public ChunkScheduler(int workers, int maxStreams, int lookahead, int retryAfterSeconds, boolean liveFirst,
            ChunkListener listener) {
        this(workers, lookahead, liveFirst, Admission.hardCap(maxStreams, retryAfterSeconds), listener,
                System::nanoTime);
    }

    /**
     * @param admission when a new stream may open
     * @param runClock  nanoseconds, for timing chunk runs (the throughput behind the capacity rule)
     */
    public ChunkScheduler(int workers, int lookahead, boolean liveFirst, Admission admission, ChunkListener listener,
            LongSupplier runClock) {
        if (workers < 1 || lookahead < 1) {
            throw new IllegalArgumentException("workers and lookahead must be >= 1");
        }
        this.admission = admission;
        this.lookahead = lookahead;
        this.liveFirst = liveFirst;
        this.listener = listener;
        this.runClock = runClock;
        for (int i = 0; i < workers; i++) {
            Thread worker = Thread.ofPlatform().name("kokoro-synth-" + i).daemon().unstarted(this::workLoop);
            this.workers.add(worker);
            worker.start();
        }
    }

    /** Opens a stream whose results are not audio the scheduler can time (they do not count in its throughput). */
    public <T> ChunkStream<T> open(Priority priority) {
        return open(priority, result -> Double.NaN);
    }

    /**
     * Opens a stream that chunks can be submitted to once {@link Admission} lets it in, waiting up to its
     * {@code queueWait} for a place.
     *
     * @param audioSeconds the seconds of speech in one of its results, which the capacity rule is measured by
     * @throws ServerBusyException when no place came free in time, or the server is shutting down
     */
    public <T> ChunkStream<T> open(Priority priority, ToDoubleFunction<? super T> audioSeconds) {
        long deadline = System.nanoTime() + admission.queueWait().toNanos();
        int retryAfter = admission.retryAfterSeconds();
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException("scheduler is closed");
                }
                if (draining) {
                    throw new ServerBusyException("The server is shutting down; retry in " + retryAfter
                            + " s (another replica will answer).", retryAfter);
                }
                String refusal = refusal(priority);
                if (refusal == null) {
                    break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !awaitPlace(left)) {
                    streamsRejected++;
                    throw new ServerBusyException(refusal + "; retry in " + retryAfter + " s.", retryAfter);
                }
            }
            ChunkStream<T> stream = new ChunkStream<>(this, priority, lock, lookahead, audioSeconds);
            shares.add(new Share(stream, virtualClock));
            openedStreams++;
            return stream;
        } finally {
            lock.unlock();
        }
    }

    /** Waits for a stream or chunk to end; false when interrupted (the interrupt is kept for the caller). */
    private boolean awaitPlace(long nanos) {
        try {
            streamOrChunkEnded.awaitNanos(nanos);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Why a stream of this priority cannot open now, or null when it can (see {@link Admission}). */
    private String refusal(Priority priority) {
        int parked = 0;
        int liveUnparked = 0;
        for (Share share : shares) {
            if (share.stream.parked()) {
                parked++;
            } else if (share.priority().isLive()) {
                liveUnparked++;
            }
        }
        int unparked = shares.size() - parked;
        if (unparked >= admission.maxStreams()
                || shares.size() >= admission.maxStreams() + admission.maxParkedStreams()) {
            return "The server is busy with " + shares.size() + " syntheses";
        }
        if (admission.byCapacity() && priority.isLive() && liveUnparked >= liveCapacity()) {
            return "The server is busy: it keeps " + liveCapacity() + " live syntheses ahead of real time and has "
                    + liveUnparked;
        }
        return null;
    }

    /** The live streams the workers keep ahead of real time, by the recent chunks; the hard cap until measured. */
    private int liveCapacity() {
        return throughput.liveStreams(workers.size(), admission.maxStreams());
    }

    /**
     * Refuses new streams from now on, as a server shutting down does, and waits up to {@code grace} for the
     * open ones to end and the chunks under way to finish (a cancelled stream is gone before its last chunk is).
     *
     * @return whether every stream ended in time
     */
    public boolean drain(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        lock.lock();
        try {
            draining = true;
            streamOrChunkEnded.signalAll(); // streams queued in open are refused now
            while (!shares.isEmpty() || chunksInFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                streamOrChunkEnded.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    public SchedulerStats stats() {
        lock.lock();
        try {
            int chunksWaiting = 0;
            int streamsWaiting = 0;
            int parked = 0;
            for (Share share : shares) {
                chunksWaiting += share.stream.chunksWaiting();
                if (share.stream.isRunnable()) {
                    streamsWaiting++;
                }
                if (share.stream.parked()) {
                    parked++;
                }
            }
            return new SchedulerStats(shares.size(), parked, chunksInFlight, chunksWaiting, streamsWaiting,
                    liveCapacity(), throughput.realTimeFactor(), openedStreams, chunksRun, chunksDiscarded,
                    chunksPreempted, streamsCancelled, streamsRejected);
        } finally {
            lock.unlock();
        }
    }

    // ---- called by ChunkStream with the lock held ----

    /** A stream may have become runnable: a worker starts it, or a background chunk gives way to it. */
    void wakeWorker() {
        workAvailable.signal();
        if (liveFirst && chunksInFlight == workers.size() && !backgroundRunning.isEmpty() && newLiveRunnable()) {
            backgroundRunning.removeFirst().preempt();
        }
    }

    /** A stream ended, was cancelled or failed: it no longer counts against {@code maxStreams}. */
    void release(ChunkStream<?> stream, boolean cancelled) {
        if (shares.removeIf(share -> share.stream == stream) && cancelled) {
            streamsCancelled++;
        }
        streamOrChunkEnded.signalAll();
    }

    // ---- workers ----

    private void workLoop() {
        while (true) {
            Share share = null;
            ChunkTask<?> task;
            Preemption preemption = new Preemption();
            lock.lock();
            try {
                while (!closed && (share = nextToStart()) == null) {
                    workAvailable.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                // A stream that was idle, waiting on its reader or passed over for more urgent work
                // resumes at the current virtual time, not with credit saved up meanwhile.
                share.start = Math.max(share.start, virtualClock);
                virtualClock = share.start;
                task = share.stream.startNext();
                chunksInFlight++;
                if (!share.priority().isLive()) {
                    backgroundRunning.add(preemption);
                }
            } finally {
                lock.unlock();
            }
            Object result = null;
            Throwable failure = null;
            long runStart = runClock.getAsLong();
            try {
                result = task.work().run(preemption);
            } catch (Throwable t) {
                failure = t;
            }
            long runNanos = runClock.getAsLong() - runStart;
            boolean preempted = failure != null && preemption.preempted();
            lock.lock();
            try {
                chunksInFlight--;
                backgroundRunning.remove(preemption);
                streamOrChunkEnded.signalAll();
                if (preempted) {
                    chunksPreempted++;
                    share.stream.startAgain(task);
                } else {
                    chunksRun++;
                    share.start += (double) task.cost() / share.priority().weight();
                    if (failure == null) {
                        recordThroughput(share.stream.audioSeconds(result), runNanos);
                    }
                    if (!share.stream.finishCurrent(result, failure)) {
                        chunksDiscarded++;
                    }
                }
                workAvailable.signal();
            } finally {
                lock.unlock();
            }
            listener.chunkDone(share.priority(), task.cost(), runNanos, preempted);
        }
    }

    private void recordThroughput(double audioSeconds, long runNanos) {
        if (!Double.isNaN(audioSeconds)) {
            throughput.record(audioSeconds, runNanos);
        }
    }

    private boolean newLiveRunnable() {
        for (Share s : shares) {
            if (s.priority().isLive() && !s.stream.startedAny() && s.stream.isRunnable()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The stream whose chunk starts next, or null when none can; the caller starts it at once. While a
     * live stream that has not started is runnable, the candidates are those streams (the first chunks
     * rule of the class comment), unless {@code maxStreams} of them went in a row past a runnable started
     * live stream: then, and whenever no new stream is runnable, the candidates are the started live
     * streams and the runnable tasks of the most urgent level among them; with {@code liveFirst}, tasks
     * are candidates only while no live stream is runnable. Of the candidates, the earliest virtual start
     * wins (the first opened on a tie).
     */
    private Share nextToStart() {
        boolean liveRunnable = false;
        boolean newLiveRunnable = false;
        boolean startedLiveRunnable = false;
        Priority mostUrgentTask = null;
        for (Share s : shares) {
            if (s.stream.isRunnable()) {
                if (s.priority().isLive()) {
                    liveRunnable = true;
                    if (s.stream.startedAny()) {
                        startedLiveRunnable = true;
                    } else {
                        newLiveRunnable = true;
                    }
                } else if (mostUrgentTask == null || s.priority().moreUrgentThan(mostUrgentTask)) {
                    mostUrgentTask = s.priority();
                }
            }
        }
        boolean firstChunks = newLiveRunnable && !(startedLiveRunnable && firstChunksInARow >= admission.maxStreams());
        boolean tasksMayStart = !firstChunks && !(liveFirst && liveRunnable);
        Share best = null;
        for (Share s : shares) {
            boolean candidate = s.priority().isLive() ? s.stream.startedAny() != firstChunks
                    : tasksMayStart && s.priority() == mostUrgentTask;
            if (candidate && s.stream.isRunnable()
                    && (best == null || startOf(s) < startOf(best))) {
                best = s;
            }
        }
        if (best != null && best.priority().isLive()) {
            firstChunksInARow = firstChunks && startedLiveRunnable ? firstChunksInARow + 1 : 0;
        }
        return best;
    }

    private double startOf(Share share) {
        return Math.max(share.start, virtualClock);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            workAvailable.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread worker : workers) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (worker.isAlive()) {
                log.warn("Synthesis worker {} did not stop within 10 s", worker.getName());
            }
        }
    }
}
