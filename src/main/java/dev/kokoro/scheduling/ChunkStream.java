package dev.kokoro.scheduling;

import dev.kokoro.error.KokoroException;
import dev.kokoro.error.SynthesisFailedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToDoubleFunction;

/**
 * One synthesis as the {@link ChunkScheduler} sees it: a producer {@link #submit submits} chunk
 * tasks as the text is prepared (possibly while earlier chunks already play) and ends its input;
 * a consumer {@link #take takes} the results in order. Either side may stop it with
 * {@link #cancel} (for instance when the client disconnects): work not yet started is dropped at
 * once, the chunk being computed is the last one.
 *
 * <p>The stream owns its queues and their state; the scheduler only asks it whether it has a chunk
 * to start, starts it and hands back its outcome. Thread-safe: all state is guarded by the lock the
 * scheduler shares with every stream (see {@link ChunkScheduler} for why it is one lock).
 */
public final class ChunkStream<T> implements AutoCloseable {
    /** Chunks a producer may queue beyond the one being synthesized. */
    static final int MAX_PENDING = 2;

    private final ChunkScheduler scheduler;
    private final Priority priority;
    private final ReentrantLock lock;
    private final Condition changed;
    private final int lookahead;
    private final ToDoubleFunction<? super T> audioSeconds;
    private final Deque<ChunkTask<T>> pending = new ArrayDeque<>();
    private final Deque<T> ready = new ArrayDeque<>();
    private boolean running;
    private boolean startedAny;
    private boolean inputEnded;
    private boolean cancelled;
    private boolean released;
    private Throwable failure;

    /**
     * @param lock      the scheduler's lock, which guards this stream's state too
     * @param lookahead    results this stream may hold for its reader before it stops being runnable
     * @param audioSeconds the seconds of speech a result holds, for the scheduler's throughput; NaN when unknown
     */
    ChunkStream(ChunkScheduler scheduler, Priority priority, ReentrantLock lock, int lookahead,
            ToDoubleFunction<? super T> audioSeconds) {
        this.scheduler = scheduler;
        this.priority = priority;
        this.lock = lock;
        this.changed = lock.newCondition();
        this.lookahead = lookahead;
        this.audioSeconds = audioSeconds;
    }

    public Priority priority() {
        return priority;
    }

    /**
     * Queues the next chunk, waiting while {@link #MAX_PENDING} chunks already wait to be started:
     * a producer runs only a little ahead of synthesis, so on a small machine it does not take CPU
     * from the chunk the listener is waiting for, and a huge input never sits in memory as chunks.
     *
     * @throws CancellationException when the stream was cancelled, so a producer can stop early
     */
    public void submit(ChunkTask<T> task) {
        lock.lock();
        try {
            while (pending.size() >= MAX_PENDING && !cancelled && failure == null) {
                changed.awaitUninterruptibly();
            }
            if (cancelled || failure != null) {
                throw new CancellationException("synthesis stream was stopped");
            }
            if (inputEnded) {
                throw new IllegalStateException("submit after endOfInput");
            }
            boolean wasRunnable = isRunnable();
            pending.add(task);
            if (!wasRunnable && isRunnable()) {
                scheduler.wakeWorker();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The producer has submitted everything: after the last result, {@link #take} returns null. */
    public void endOfInput() {
        lock.lock();
        try {
            inputEnded = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The producer failed: the consumer's next {@link #take} throws this failure. */
    public void fail(Throwable cause) {
        lock.lock();
        try {
            if (failure == null) {
                failure = cause;
            }
            pending.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next result in submission order, waiting for it if needed; null once the input has ended
     * and every result was taken.
     *
     * @throws CancellationException     when the stream was cancelled
     * @throws KokoroException           when a chunk or the producer failed (others are wrapped)
     */
    public T take() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                if (failure != null) {
                    throw failure instanceof KokoroException k ? k
                            : new SynthesisFailedException("Synthesis failed: " + failure.getMessage(), failure);
                }
                if (cancelled) {
                    throw new CancellationException("synthesis stream was cancelled");
                }
                if (!ready.isEmpty()) {
                    boolean wasRunnable = isRunnable();
                    T next = ready.poll();
                    if (!wasRunnable && isRunnable()) {
                        scheduler.wakeWorker();
                    }
                    return next;
                }
                if (inputEnded && pending.isEmpty() && !running) {
                    release(false);
                    return null;
                }
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Stops the stream: queued chunks are dropped and the scheduler slot is freed. Idempotent. */
    public void cancel() {
        lock.lock();
        try {
            if (released) {
                return;
            }
            cancelled = true;
            pending.clear();
            ready.clear();
            changed.signalAll();
            release(failure == null);
        } finally {
            lock.unlock();
        }
    }

    /** Chunks submitted and not yet started. */
    public int pendingCount() {
        lock.lock();
        try {
            return pending.size();
        } finally {
            lock.unlock();
        }
    }

    /** Cancels the stream unless it already ran to its end. */
    @Override
    public void close() {
        cancel();
    }

    // ---- scheduler side, lock held ----

    /** Whether a chunk could start now: one is queued, none is running, and the reader keeps up. */
    boolean isRunnable() {
        return !running && !cancelled && failure == null && !pending.isEmpty() && ready.size() < lookahead;
    }

    /**
     * Whether the reader is behind: its lookahead is full and no worker is on it, so it costs no synthesis until
     * the reader takes a result (see {@link Admission}).
     */
    boolean parked() {
        return !running && !cancelled && failure == null && ready.size() >= lookahead;
    }

    /**
     * Chunks queued and not started, unless the reader is behind (then they wait for it, not for a worker) or the
     * stream stopped.
     */
    int chunksWaiting() {
        return cancelled || failure != null || ready.size() >= lookahead ? 0 : pending.size();
    }

    /**
     * Whether a chunk of this stream has ever started. Until then its reader has heard nothing, and for a
     * live stream the first chunk is what the listener waits for.
     */
    boolean startedAny() {
        return startedAny;
    }

    /** Takes the next queued chunk to run; only while {@link #isRunnable}. */
    ChunkTask<T> startNext() {
        running = true;
        startedAny = true;
        changed.signalAll();
        return pending.poll();
    }

    /** The chunk under way was preempted: it goes back to the head of the queue, unless the stream stopped. */
    @SuppressWarnings("unchecked")
    void startAgain(ChunkTask<?> task) {
        running = false;
        if (!cancelled && failure == null) {
            pending.addFirst((ChunkTask<T>) task);
        }
        changed.signalAll();
    }

    /** The seconds of speech in a result of this stream's chunk, or NaN when the stream does not say. */
    @SuppressWarnings("unchecked")
    double audioSeconds(Object result) {
        return audioSeconds.applyAsDouble((T) result);
    }

    /** Records the chunk's outcome; false when nobody wants it any more. */
    @SuppressWarnings("unchecked")
    boolean finishCurrent(Object result, Throwable error) {
        running = false;
        if (cancelled) {
            return false;
        }
        if (error != null) {
            fail(error);
            release(false);
            return true;
        }
        ready.add((T) result);
        changed.signalAll();
        return true;
    }

    private void release(boolean byCancel) {
        if (!released) {
            released = true;
            scheduler.release(this, byCancel);
        }
    }
}
