package dev.kokoro.scheduling;

import dev.kokoro.error.ServerBusyException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the chunks of every open {@link ChunkStream} on a fixed set of worker threads, one chunk at a
 * time per stream, choosing the next chunk by start-time fair queuing weighted by {@link Priority}.
 * A short request therefore never waits for a long one to finish, and no stream starves.
 *
 * <p>Everything here is bounded: the number of open streams ({@code maxStreams}; the next
 * {@link #open} is refused with {@link ServerBusyException}) and each stream's finished-but-unread
 * chunks ({@code lookahead}; a slow reader pauses its own stream, not the others). All mutable
 * state is guarded by one lock: scheduling decisions are a few per chunk, and a chunk takes tens
 * of milliseconds, so contention is negligible and the invariants stay simple.
 */
public final class ChunkScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChunkScheduler.class);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workAvailable = lock.newCondition();
    private final List<ChunkStream<?>> streams = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private final int maxStreams;
    private final int lookahead;
    private final int retryAfterSeconds;

    private double virtualClock;
    private int chunksInFlight;
    private long openedStreams;
    private long chunksRun;
    private long chunksDiscarded;
    private long streamsCancelled;
    private long streamsRejected;
    private boolean closed;

    /**
     * @param workers           chunks run at once; 1 on a CPU, where one chunk already uses every core
     * @param maxStreams        streams open at once before {@link #open} answers busy
     * @param lookahead         chunks a stream may have ready ahead of its reader
     * @param retryAfterSeconds the pause suggested to a refused client
     */
    public ChunkScheduler(int workers, int maxStreams, int lookahead, int retryAfterSeconds) {
        if (workers < 1 || maxStreams < 1 || lookahead < 1) {
            throw new IllegalArgumentException("workers, maxStreams and lookahead must be >= 1");
        }
        this.maxStreams = maxStreams;
        this.lookahead = lookahead;
        this.retryAfterSeconds = retryAfterSeconds;
        for (int i = 0; i < workers; i++) {
            Thread worker = Thread.ofPlatform().name("kokoro-synth-" + i).daemon().unstarted(this::workLoop);
            this.workers.add(worker);
            worker.start();
        }
    }

    /** Opens a stream that chunks can be submitted to, or refuses when {@code maxStreams} are open. */
    public <T> ChunkStream<T> open(Priority priority) {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("scheduler is closed");
            }
            if (streams.size() >= maxStreams) {
                streamsRejected++;
                throw new ServerBusyException("The server is busy with " + streams.size()
                        + " syntheses; retry in " + retryAfterSeconds + " s.", retryAfterSeconds);
            }
            ChunkStream<T> stream = new ChunkStream<>(this, priority, lock.newCondition(), virtualClock);
            streams.add(stream);
            openedStreams++;
            return stream;
        } finally {
            lock.unlock();
        }
    }

    public SchedulerStats stats() {
        lock.lock();
        try {
            return new SchedulerStats(streams.size(), chunksInFlight, openedStreams, chunksRun, chunksDiscarded,
                    streamsCancelled, streamsRejected);
        } finally {
            lock.unlock();
        }
    }

    // ---- called by ChunkStream with the lock held ----

    ReentrantLock lock() {
        return lock;
    }

    int lookahead() {
        return lookahead;
    }

    /** A stream that had nothing runnable has something again: it starts at the current virtual time. */
    void becameRunnable(ChunkStream<?> stream) {
        stream.virtualTime = Math.max(stream.virtualTime, virtualClock);
        workAvailable.signal();
    }

    void release(ChunkStream<?> stream, boolean cancelled) {
        if (streams.remove(stream) && cancelled) {
            streamsCancelled++;
        }
    }

    // ---- workers ----

    private void workLoop() {
        while (true) {
            ChunkStream<?> stream = null;
            ChunkTask<?> task;
            lock.lock();
            try {
                while (!closed && (stream = nextRunnable()) == null) {
                    workAvailable.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                task = stream.startNext();
                chunksInFlight++;
                virtualClock = Math.max(virtualClock, stream.virtualTime);
            } finally {
                lock.unlock();
            }
            Object result = null;
            Throwable failure = null;
            try {
                result = task.work().call();
            } catch (Throwable t) {
                failure = t;
            }
            lock.lock();
            try {
                chunksRun++;
                chunksInFlight--;
                stream.virtualTime += (double) task.cost() / stream.priority().weight();
                if (!stream.finishCurrent(result, failure)) {
                    chunksDiscarded++;
                }
                workAvailable.signal();
            } finally {
                lock.unlock();
            }
        }
    }

    private ChunkStream<?> nextRunnable() {
        ChunkStream<?> best = null;
        for (ChunkStream<?> s : streams) {
            if (s.isRunnable() && (best == null || s.virtualTime < best.virtualTime)) {
                best = s;
            }
        }
        return best;
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
