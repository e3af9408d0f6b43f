package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The full-size architecture twin (163 MB, signature B): it loads and runs through the same code, with the
 * durations it does not declare added as an output at load.
 */
@NeedsAssets
class FullTwinModelTest {
    @Test
    void loadsAndSynthesizesAShortSentenceWithItsDurations() {
        try (OnnxKokoroModel model = OnnxKokoroModel.load(ModelSettings.defaults(TestAssets.fullModel())
                .withDevice(DevicePreference.CPU))) {
            assertThat(model.info().signature()).isEqualTo(new ModelSignature("tokens", "style", "speed",
                    ModelSignature.SpeedType.FLOAT32, "audio", Optional.of("/m/Squeeze_output_0"),
                    DurationSource.GRAPH_TENSOR));
            assertThat(model.info().file().known()).contains(KnownModelFile.TWIN_V1_0);

            int[] ids = IntStream.range(0, 8).map(i -> 16 + i * 11).toArray();
            ModelOutput output = model.infer(ids, new float[KokoroModel.STYLE_SIZE], 1f);

            assertThat(output.audio()).hasSize(1800 * (ids.length + 2));
            for (float sample : output.audio()) {
                assertThat(sample).isFinite();
            }
            int[] durations = output.tokenDurations().orElseThrow();
            assertThat(durations).hasSize(ids.length + 2).containsOnly(3);
            assertThat(Arrays.stream(durations).sum() * KokoroModel.SAMPLES_PER_FRAME).isEqualTo(output.audio().length);
        }
    }

    /** The longest input takes seconds on this graph, so a stop 200 ms after it started lands mid-run. */
    @Test
    void aRunStoppedWhileUnderWayEndsWithoutOutputAndTheModelRunsOnAfterIt() throws Exception {
        try (OnnxKokoroModel model = OnnxKokoroModel.load(ModelSettings.defaults(TestAssets.fullModel())
                .withDevice(DevicePreference.CPU))) {
            int[] ids = IntStream.range(0, KokoroModel.MAX_TOKENS).map(i -> 16 + i % 150).toArray();
            CompletableFuture<Runnable> stop = new CompletableFuture<>();
            CompletableFuture<ModelOutput> run = CompletableFuture.supplyAsync(
                    () -> model.infer(ids, new float[KokoroModel.STYLE_SIZE], 1f, stop::complete));
            Runnable stopRun = stop.get(10, TimeUnit.SECONDS);
            Thread.sleep(200);
            stopRun.run();

            assertThatThrownBy(run::join).hasCauseInstanceOf(RunStoppedException.class);
            assertThat(model.infer(new int[] {16, 27}, new float[KokoroModel.STYLE_SIZE], 1f).audio())
                    .hasSize(1800 * 4);
        }
    }
}
