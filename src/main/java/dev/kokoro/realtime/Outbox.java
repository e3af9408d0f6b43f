package dev.kokoro.realtime;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.function.LongFunction;

/**
 * The events of one session waiting to be sent, in order, read by the one thread that sends them. Audio is
 * bounded: a turn that runs ahead of the connection waits here, so synthesis slows to the client's pace. Other
 * events are always taken, so the side reading client messages never waits. Cancelling turns drops their queued
 * audio at once, and audio of a cancelled turn is never queued again: after an interruption nothing of it is sent.
 */
public final class Outbox {
    private final Deque<ServerEvent> queue = new ArrayDeque<>();
    private final int maxQueuedAudio;
    private int queuedAudio;
    private boolean closed;

    /** @param maxQueuedAudio audio events that may wait at once */
    public Outbox(int maxQueuedAudio) {
        this.maxQueuedAudio = maxQueuedAudio;
    }

    /** Queues an event that is not audio; after a {@link ServerEvent.Close} nothing more is queued. */
    public synchronized void put(ServerEvent event) {
        if (closed) {
            return;
        }
        closed = event instanceof ServerEvent.Close;
        queue.add(event);
        notifyAll();
    }

    /**
     * Queues an event of a turn (its audio or its end), waiting while too much audio is queued.
     *
     * @return false, queuing nothing, when the turn was cancelled or the session closed
     */
    synchronized boolean putOfTurn(Turn turn, ServerEvent event) throws InterruptedException {
        boolean audio = event instanceof ServerEvent.Audio;
        while (audio && queuedAudio >= maxQueuedAudio && !turn.cancelled() && !closed) {
            wait();
        }
        if (turn.cancelled() || closed) {
            return false;
        }
        if (audio) {
            queuedAudio++;
        }
        queue.add(event);
        notifyAll();
        return true;
    }

    /** The next event to send, waiting for one. */
    public synchronized ServerEvent take() throws InterruptedException {
        while (queue.isEmpty()) {
            wait();
        }
        ServerEvent event = queue.poll();
        if (event instanceof ServerEvent.Audio audio) {
            queuedAudio--;
            audio.turn().handedOut(audio.samples());
            notifyAll();
        }
        return event;
    }

    /**
     * Cancels turns and drops their queued events; then queues {@code then}, built from what the turns had
     * handed out, so nothing of them can come between.
     */
    synchronized void cancel(Collection<Turn> turns, LongFunction<ServerEvent> then) {
        long handedOut = 0;
        for (Turn turn : turns) {
            turn.markCancelled();
            handedOut += turn.samplesHandedOut();
        }
        queue.removeIf(e -> e instanceof ServerEvent.Audio a && turns.contains(a.turn())
                || e instanceof ServerEvent.TurnComplete c && turns.contains(c.turn()));
        queuedAudio = (int) queue.stream().filter(e -> e instanceof ServerEvent.Audio).count();
        notifyAll();
        if (then != null) {
            put(then.apply(handedOut));
        }
    }
}
