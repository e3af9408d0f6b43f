package dev.kokoro.config;

/**
 * How the server starts idling and stops.
 *
 * @param shutdownGraceSeconds    on SIGTERM, how long open streams may take to finish before the server closes
 * @param modelIdleUnloadSeconds  free the model after this long without a run (0: keep it loaded)
 */
public record LifecycleConfig(int shutdownGraceSeconds, int modelIdleUnloadSeconds) {

    public static LifecycleConfig from(Settings s) {
        return new LifecycleConfig(
                s.integer("shutdown-grace-seconds", 0, 3600),
                s.integer("model-idle-unload-seconds", 0, 31_536_000));
    }
}
