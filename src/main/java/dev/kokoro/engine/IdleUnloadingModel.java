package dev.kokoro.engine;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model that frees its weights after a time without runs and loads them again on the next run: a server
 * that sits idle for hours gives its memory (hundreds of MB, more on a GPU) back to the machine, and the
 * request that wakes it waits for one load. A run in progress is never unloaded under; runs that arrive while
 * the model reloads wait for that one load.
 */
public final class IdleUnloadingModel implements KokoroModel {
    private static final Logger LOG = LoggerFactory.getLogger(IdleUnloadingModel.class);

    private final Supplier<KokoroModel> loader;
    private final long keepAliveNanos;
    private final ModelInfo info;
    private final ScheduledExecutorService unloader;
    /** Written under the monitor; volatile so that health checks read it without waiting for a reload. */
    private volatile KokoroModel loaded;
    private volatile long unloads;
    private int running;
    private long lastUsed;
    private boolean closed;

    /**
     * Loads the model now, and checks for idleness a few times per keep-alive period.
     *
     * @param loader    loads the model (each call a fresh instance); its first load's info describes this model
     * @param keepAlive how long the model stays loaded after its last run
     */
    public IdleUnloadingModel(Supplier<KokoroModel> loader, Duration keepAlive) {
        if (keepAlive.isNegative() || keepAlive.isZero()) {
            throw new IllegalArgumentException("keepAlive must be positive, was " + keepAlive);
        }
        this.loader = loader;
        this.keepAliveNanos = keepAlive.toNanos();
        this.loaded = loader.get();
        this.info = loaded.info();
        this.lastUsed = System.nanoTime();
        this.unloader = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().name("model-idle-unload").daemon().unstarted(task));
        long period = Math.max(1, keepAliveNanos / 4);
        unloader.scheduleWithFixedDelay(this::unloadIfIdle, period, period, TimeUnit.NANOSECONDS);
    }

    @Override
    public ModelOutput infer(int[] phonemeTokenIds, float[] style, float speed, RunStopper stopper) {
        KokoroModel model = acquire();
        try {
            return model.infer(phonemeTokenIds, style, speed, stopper);
        } finally {
            release();
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public boolean loaded() {
        return loaded != null;
    }

    /** Times the weights were freed for idleness since the start. */
    public long unloads() {
        return unloads;
    }

    private synchronized KokoroModel acquire() {
        if (closed) {
            throw new IllegalStateException("the model is closed");
        }
        if (loaded == null) {
            long start = System.nanoTime();
            loaded = loader.get();
            LOG.info("Model loaded again after being idle, in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        running++;
        return loaded;
    }

    private synchronized void release() {
        running--;
        lastUsed = System.nanoTime();
    }

    private synchronized void unloadIfIdle() {
        if (loaded != null && running == 0 && System.nanoTime() - lastUsed >= keepAliveNanos) {
            loaded.close();
            loaded = null;
            unloads++;
            LOG.info("Model unloaded after {} s without a run; the next request loads it again",
                    keepAliveNanos / 1_000_000_000);
        }
    }

    @Override
    public void close() {
        unloader.shutdownNow();
        synchronized (this) {
            closed = true;
            if (loaded != null) {
                loaded.close();
                loaded = null;
            }
        }
    }
}
