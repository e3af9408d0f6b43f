package dev.kokoro.realtime;

import dev.kokoro.audio.Pcm;
import dev.kokoro.error.KokoroException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A realtime speech session, without its transport: set up once, then turns of text that arrive in pieces and
 * are spoken one after another, each as soon as its clauses complete, until an interruption cancels what is in
 * progress. The client's messages come in through the methods here, from one reading thread, and never wait for
 * synthesis or sending; everything for the client goes to the {@link Outbox}, in order. Turns are spoken by a
 * virtual thread of the session's own.
 *
 * <p>States: awaiting setup (anything else is a policy violation: error, then close 1008), open, closed.
 */
public final class RealtimeSession {
    /** RFC 6455 close codes. */
    public static final int NORMAL_CLOSURE = 1000;
    public static final int POLICY_VIOLATION = 1008;
    public static final int INTERNAL_ERROR = 1011;

    private static final Logger log = LoggerFactory.getLogger(RealtimeSession.class);

    private enum State { AWAITING_SETUP, OPEN, CLOSED }

    private final String id;
    private final Outbox outbox;
    private final Function<SessionSetup, Synthesizer> synthesizers;
    private final int maxTurnChars;
    /** Turns not yet fully spoken, oldest (the one speaking) first. */
    private final Deque<Turn> turns = new ArrayDeque<>();
    private final BlockingQueue<Turn> toSpeak = new LinkedBlockingQueue<>();
    private State state = State.AWAITING_SETUP;
    private Synthesizer synthesizer;
    private SessionSetup setup;
    /** The turn text goes to, until its {@code turnComplete}. */
    private Turn receiving;
    private int turnCount;
    private Thread speaker;

    /**
     * @param synthesizers makes the synthesizer of a session once its setup is known
     * @param maxTurnChars the most text one turn may gather
     */
    public RealtimeSession(String id, Outbox outbox, Function<SessionSetup, Synthesizer> synthesizers,
            int maxTurnChars) {
        this.id = id;
        this.outbox = outbox;
        this.synthesizers = synthesizers;
        this.maxTurnChars = maxTurnChars;
    }

    public String id() {
        return id;
    }

    /** The setup message: reads it (which may throw, refusing it) and starts the session. */
    public synchronized void setup(Supplier<SessionSetup> read) {
        switch (state) {
            case CLOSED -> {
                return;
            }
            case OPEN -> {
                error("The session is already set up; open a new one for another voice.", "already_set_up");
                return;
            }
            case AWAITING_SETUP -> {
            }
        }
        try {
            setup = read.get();
            synthesizer = synthesizers.apply(setup);
        } catch (KokoroException e) {
            closeWith(e.getMessage(), e.code(), POLICY_VIOLATION);
            return;
        }
        state = State.OPEN;
        speaker = Thread.ofVirtual().name("kokoro-realtime-" + id).start(this::speakTurns);
        // The rate of the audio sent: 24 kHz, or 8 kHz when the session chose G.711.
        outbox.put(new ServerEvent.SetupComplete(id, setup.format().defaultSampleRate(), setup.binaryAudio()));
        log.debug("Session {} set up: {}", id, setup);
    }

    /**
     * Text of the current turn (a new one when none is open). {@code interrupt} first cancels what is in progress;
     * {@code turnComplete} ends the turn, so the rest of its text is spoken.
     */
    public synchronized void text(String text, boolean turnComplete, boolean interrupt) {
        if (!open()) {
            return;
        }
        if (interrupt) {
            interrupt();
        }
        if (receiving == null) {
            receiving = new Turn(++turnCount, synthesizer, setup);
            turns.add(receiving);
            toSpeak.add(receiving);
        }
        if (receiving.chars() + text.length() > maxTurnChars) {
            error("A turn may have at most " + maxTurnChars + " characters of text; this one would have "
                    + (receiving.chars() + text.length()) + ". The text was not added.", "turn_too_long");
        } else {
            receiving.add(text);
        }
        if (turnComplete) {
            receiving.finishInput();
            receiving = null;
        }
    }

    /** Barge-in: every turn not yet fully spoken is cancelled, and the client is told how much it got. */
    public synchronized void interrupt() {
        if (!open()) {
            return;
        }
        List<Turn> cancelled = new ArrayList<>(turns);
        turns.clear();
        toSpeak.clear();
        receiving = null;
        outbox.cancel(cancelled, samples -> new ServerEvent.Interrupted(samples * 1000 / Pcm.SAMPLE_RATE));
    }

    public synchronized void ping() {
        if (open()) {
            outbox.put(new ServerEvent.Pong());
        }
    }

    /** A message that could not be read or is not known: an error, and the session goes on if it was set up. */
    public synchronized void refuse(String message, String code) {
        if (open()) {
            error(message, code);
        }
    }

    /** The server ends the session (its time is up, or it is stopping): tells why, then closes. */
    public synchronized void end(String message, String code, int closeCode) {
        if (state != State.CLOSED) {
            closeWith(message, code, closeCode);
        }
    }

    /** The connection is gone: every synthesis of the session is cancelled. */
    public synchronized void close() {
        if (state != State.CLOSED) {
            shutDown();
            outbox.put(new ServerEvent.Close(NORMAL_CLOSURE, "closed"));
        }
    }

    /** True once set up and not closed; before setup, refuses the message and closes. */
    private boolean open() {
        if (state == State.AWAITING_SETUP) {
            closeWith("The first message must be {\"setup\": {...}}.", "setup_required", POLICY_VIOLATION);
        }
        return state == State.OPEN;
    }

    private void error(String message, String code) {
        outbox.put(new ServerEvent.Error(message, code));
    }

    private void closeWith(String message, String code, int closeCode) {
        shutDown();
        error(message, code);
        outbox.put(new ServerEvent.Close(closeCode, code));
    }

    private void shutDown() {
        state = State.CLOSED;
        outbox.cancel(new ArrayList<>(turns), null);
        turns.clear();
        toSpeak.clear();
        receiving = null;
        if (speaker != null) {
            speaker.interrupt();
        }
    }

    private void speakTurns() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Turn turn = toSpeak.take();
                turn.speak(outbox);
                synchronized (this) {
                    turns.remove(turn);
                }
            }
        } catch (InterruptedException e) {
            log.debug("Session {} closed", id);
        } catch (RuntimeException e) {
            log.error("Session {} failed", id, e);
            end("The session failed: " + e.getMessage(), "internal_error", INTERNAL_ERROR);
        }
    }
}
