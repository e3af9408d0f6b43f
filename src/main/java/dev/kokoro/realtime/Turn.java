package dev.kokoro.realtime;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.Pcm;
import dev.kokoro.error.KokoroException;
import dev.kokoro.error.ServerBusyException;
import dev.kokoro.speech.AudioChunk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reply of a session: text that keeps arriving, spoken clause by clause as each completes. Each clause is a
 * synthesis of its own, so the first audio follows the first clause, and the next clause's synthesis starts as
 * soon as the previous one's first audio is out, so it is ready when that audio ends. The audio of a turn is one
 * stream: word times count from its start, and an encoded format is one encoder's output.
 */
public final class Turn {
    private static final Logger log = LoggerFactory.getLogger(Turn.class);

    private final int id;
    private final Synthesizer synthesizer;
    private final SessionSetup setup;
    private final ClauseSplitter splitter = new ClauseSplitter();
    private final Deque<String> clauses = new ArrayDeque<>();
    private final Set<Synthesizer.Synthesis> open = ConcurrentHashMap.newKeySet();
    private boolean inputDone;
    private int chars;
    private volatile boolean cancelled;
    /** Samples of audio the sending side has taken; written under the outbox's lock. */
    private volatile long handedOut;

    Turn(int id, Synthesizer synthesizer, SessionSetup setup) {
        this.id = id;
        this.synthesizer = synthesizer;
        this.setup = setup;
    }

    public int id() {
        return id;
    }

    /** Adds text to the turn; the clauses it completes become speakable at once. */
    synchronized void add(String text) {
        chars += text.length();
        clauses.addAll(splitter.add(text));
        notifyAll();
    }

    /** No more text comes: the rest is the last clause. */
    synchronized void finishInput() {
        clauses.addAll(splitter.flush());
        inputDone = true;
        notifyAll();
    }

    synchronized boolean inputDone() {
        return inputDone;
    }

    synchronized int chars() {
        return chars;
    }

    boolean cancelled() {
        return cancelled;
    }

    /**
     * Stops the turn: its waits end and its syntheses stop after the chunk in progress. Called under the outbox's
     * lock.
     */
    void markCancelled() {
        cancelled = true;
        synchronized (this) {
            notifyAll();
        }
        open.forEach(Synthesizer.Synthesis::close);
    }

    void handedOut(long samples) {
        handedOut += samples;
    }

    long samplesHandedOut() {
        return handedOut;
    }

    /**
     * Speaks the turn into the outbox, clause by clause as they come, then queues its end; returns early when the
     * turn is cancelled. A clause the pipeline refuses is reported and skipped.
     */
    void speak(Outbox outbox) throws InterruptedException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (AudioEncoder encoder = setup.format().newEncoder(-1)) {
            long samples = 0;
            Synthesizer.Synthesis current = start(nextClause(), outbox);
            Synthesizer.Synthesis ahead = null;
            while (current != null) {
                long clauseStart = samples;
                try {
                    for (AudioChunk chunk = current.next(); chunk != null; chunk = current.next()) {
                        if (ahead == null) {
                            ahead = startAhead(outbox);
                        }
                        encoder.encode(chunk.samples(), encoded);
                        List<ServerEvent.SpokenWord> words = chunk.words().stream()
                                .map(w -> new ServerEvent.SpokenWord(w.word().written(),
                                        seconds(clauseStart + w.startSample()), seconds(clauseStart + w.endSample())))
                                .toList();
                        if (!outbox.putOfTurn(this, audio(drain(encoded), words, chunk.samples().length))) {
                            return;
                        }
                        samples += chunk.samples().length;
                    }
                } catch (KokoroException e) {
                    refused(e, outbox);
                } finally {
                    current.close();
                    open.remove(current);
                }
                current = ahead != null ? ahead : start(nextClause(), outbox);
                ahead = null;
            }
            encoder.finish(encoded);
            byte[] tail = drain(encoded);
            if (tail.length > 0 && !outbox.putOfTurn(this, audio(tail, List.of(), 0))) {
                return;
            }
            outbox.putOfTurn(this, new ServerEvent.TurnComplete(this));
        } catch (CancellationException e) {
            if (!cancelled) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.forEach(Synthesizer.Synthesis::close);
        }
    }

    /** Starts a clause's synthesis; null for no clause, or when the pipeline refused it (reported). */
    private Synthesizer.Synthesis start(String clause, Outbox outbox) throws InterruptedException {
        while (clause != null) {
            try {
                return opened(synthesizer.start(clause));
            } catch (KokoroException e) {
                refused(e, outbox);
                clause = readyClause();
            }
        }
        return null;
    }

    private void refused(KokoroException e, Outbox outbox) throws InterruptedException {
        if (!cancelled) {
            log.debug("Turn {}: a clause was not spoken: {}", id, e.getMessage());
            outbox.putOfTurn(this, new ServerEvent.Error(e.getMessage(), e.code()));
        }
    }

    /** The next clause, waiting for one; null once the input is done and spoken, or the turn cancelled. */
    private synchronized String nextClause() throws InterruptedException {
        while (clauses.isEmpty() && !inputDone && !cancelled) {
            wait();
        }
        return cancelled ? null : clauses.poll();
    }

    /**
     * Starts the next clause early if it is ready, so its audio follows without a gap. When the server is full it
     * waits its turn instead: the clause goes back and starts when the current one is done.
     */
    private Synthesizer.Synthesis startAhead(Outbox outbox) throws InterruptedException {
        String clause = readyClause();
        if (clause == null) {
            return null;
        }
        try {
            return opened(synthesizer.start(clause));
        } catch (ServerBusyException e) {
            synchronized (this) {
                clauses.addFirst(clause);
            }
            return null;
        } catch (KokoroException e) {
            refused(e, outbox);
            return startAhead(outbox);
        }
    }

    private Synthesizer.Synthesis opened(Synthesizer.Synthesis synthesis) {
        open.add(synthesis);
        if (cancelled) {
            synthesis.close();
        }
        return synthesis;
    }

    /** A clause that is ready now, or null. */
    private synchronized String readyClause() {
        return cancelled ? null : clauses.poll();
    }

    private ServerEvent.Audio audio(byte[] data, List<ServerEvent.SpokenWord> words, long samples) {
        return new ServerEvent.Audio(this, data, setup.mimeType(), words, samples);
    }

    private static double seconds(long samples) {
        return (double) samples / Pcm.SAMPLE_RATE;
    }

    private static byte[] drain(ByteArrayOutputStream buffer) {
        byte[] bytes = buffer.toByteArray();
        buffer.reset();
        return bytes;
    }

    @Override
    public String toString() {
        return "Turn " + id;
    }
}
