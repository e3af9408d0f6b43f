package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Loads are counted and runs held with latches: every wait is for an event, with a short keep-alive. */
@Timeout(30)
class IdleUnloadingModelTest {
    private static final Duration KEEP_ALIVE = Duration.ofMillis(200);

    /** A model without ONNX Runtime: its runs can be held open, its close is recorded. */
    private final class CountedModel implements KokoroModel {
        final CountDownLatch release;
        volatile boolean closed;

        CountedModel(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public ModelOutput infer(int[] ids, float[] style, float speed, RunStopper stopper) {
            runStarted.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (closed) {
                throw new IllegalStateException("ran on a closed model");
            }
            return new ModelOutput(new float[ids.length], Optional.empty());
        }

        @Override
        public ModelInfo info() {
            return null;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<CountedModel> loads = new ArrayList<>();
    private final CountDownLatch runStarted = new CountDownLatch(1);
    private volatile CountDownLatch release = new CountDownLatch(0);

    private KokoroModel load() {
        CountedModel model = new CountedModel(release);
        synchronized (loads) {
            loads.add(model);
        }
        return model;
    }

    private static void awaitUnloaded(IdleUnloadingModel model) {
        Eventually.await("the idle model to be freed", model::loaded, loaded -> !loaded);
    }

    @Test
    void freesTheModelAfterTheKeepAliveAndLoadsItAgainForTheNextRun() throws Exception {
        try (IdleUnloadingModel model = new IdleUnloadingModel(this::load, KEEP_ALIVE)) {
            assertThat(model.loaded()).isTrue();
            assertThat(model.infer(new int[] {1, 2, 3}, new float[0], 1f).audio()).hasSize(3);

            // On a slow machine the keep-alive may also pass before the first run: count, don't assume.
            awaitUnloaded(model);
            int loadsSoFar = loads.size();
            assertThat(loads).allMatch(m -> m.closed);
            assertThat(model.unloads()).isEqualTo(loadsSoFar);

            assertThat(model.infer(new int[] {1, 2}, new float[0], 1f).audio()).hasSize(2);
            assertThat(loads).hasSize(loadsSoFar + 1);
            assertThat(loads.getLast().closed).isFalse();
        }
        assertThat(loads.getLast().closed).isTrue();
    }

    @Test
    void aRunLongerThanTheKeepAliveIsNeverUnloadedUnder() throws Exception {
        release = new CountDownLatch(1);
        try (IdleUnloadingModel model = new IdleUnloadingModel(this::load, KEEP_ALIVE)) {
            CompletableFuture<ModelOutput> run = CompletableFuture.supplyAsync(
                    () -> model.infer(new int[] {1}, new float[0], 1f));
            assertThat(runStarted.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(KEEP_ALIVE.toMillis() * 3);
            assertThat(model.loaded()).isTrue();

            release.countDown();
            assertThat(run.get(5, TimeUnit.SECONDS).audio()).hasSize(1);
            awaitUnloaded(model);
            assertThat(model.unloads()).isEqualTo(loads.size());
        }
    }
}
