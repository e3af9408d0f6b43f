package dev.kokoro.engine;

/** A model run ended early because its {@link RunStopper} was used; it has no output. */
public final class RunStoppedException extends RuntimeException {
    RunStoppedException(int tokens) {
        super("The model run on " + tokens + " tokens was stopped before it finished");
    }
}
