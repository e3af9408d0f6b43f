package dev.kokoro.scheduling;

/**
 * The scheduler's way to take a worker back from a background chunk under way when a live stream's first
 * chunk is waiting (see {@link ChunkScheduler}). The chunk's work registers the action that stops it early;
 * a preempted chunk that then fails is queued again at the head of its stream, and one that finished
 * anyway keeps its result. Thread-safe: the scheduler preempts from whichever thread made the live chunk
 * runnable, while the work registers from its worker.
 */
public final class Preemption {
    private Runnable stop;
    private boolean preempted;

    /** Registers how to stop this chunk's work; runs it at once when the chunk is already preempted. */
    public synchronized void onPreempt(Runnable stopWork) {
        stop = stopWork;
        if (preempted) {
            stopWork.run();
        }
    }

    synchronized void preempt() {
        if (!preempted) {
            preempted = true;
            if (stop != null) {
                stop.run();
            }
        }
    }

    synchronized boolean preempted() {
        return preempted;
    }
}
