package dev.kokoro.engine;

/**
 * Lets whoever asked for a model run end it early: the run hands over the action that stops it, which
 * may then be called from any thread, once or more, before, during or after the run.
 */
@FunctionalInterface
public interface RunStopper {
    /** For runs that are never stopped early. */
    RunStopper NEVER = stopRun -> { };

    void onStop(Runnable stopRun);
}
