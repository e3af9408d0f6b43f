package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the mini twins. Their durations are calibrated: every token, pads included, lasts
 * round(3 / speed) frames (at least one) of 600 samples.
 */
@NeedsAssets
class OnnxKokoroModelTest {
    private static final int SAMPLES_PER_TOKEN = 1800;

    private static OnnxKokoroModel modelA;
    private static OnnxKokoroModel modelB;
    private static OnnxKokoroModel modelC;

    @BeforeAll
    static void load() {
        modelA = load("A");
        modelB = load("B");
        modelC = load("C");
    }

    @AfterAll
    static void close() {
        for (OnnxKokoroModel model : new OnnxKokoroModel[] {modelA, modelB, modelC}) {
            if (model != null) {
                model.close();
            }
        }
    }

    private static OnnxKokoroModel load(String signature) {
        return OnnxKokoroModel.load(ModelSettings.defaults(TestAssets.miniModel(signature))
                .withDevice(DevicePreference.CPU).withIntraOpThreads(1));
    }

    private static int[] ids(int count) {
        return IntStream.range(0, count).map(i -> 1 + (i * 37) % 177).toArray();
    }

    private static float[] style() {
        float[] style = new float[KokoroModel.STYLE_SIZE];
        for (int i = 0; i < style.length; i++) {
            style[i] = (float) Math.sin(i) * 0.1f;
        }
        return style;
    }

    @Test
    void detectsEachTwinsSignature() {
        assertThat(modelA.info().signature()).isEqualTo(new ModelSignature("input_ids", "style", "speed",
                ModelSignature.SpeedType.INT32, "waveform", Optional.of("duration"), DurationSource.MODEL_OUTPUT));
        assertThat(modelB.info().signature()).isEqualTo(new ModelSignature("tokens", "style", "speed",
                ModelSignature.SpeedType.FLOAT32, "audio", Optional.of("/m/Squeeze_output_0"),
                DurationSource.GRAPH_TENSOR));
        assertThat(modelC.info().signature()).isEqualTo(new ModelSignature("input_ids", "style", "speed",
                ModelSignature.SpeedType.FLOAT32, "waveform", Optional.of("/m/Squeeze_output_0"),
                DurationSource.GRAPH_TENSOR));
    }

    @Test
    void infoDescribesTheFileAndDevice() {
        ModelInfo info = modelB.info();

        assertThat(info.file().known()).contains(KnownModelFile.TWIN_MINI_B);
        assertThat(info.file().sizeBytes()).isEqualTo(4_990_432);
        assertThat(info.device()).isEqualTo(ExecutionDevice.CPU);
        assertThat(info.intraOpThreads()).isEqualTo(1);
        assertThat(info.loadTime()).isPositive();
        assertThat(info.describe()).contains("kokoro-twin-mini-B.onnx", "sha256 1058f0ea33d6…", "test twin",
                "tokens, style, speed:float32 -> audio + /m/Squeeze_output_0 (added at load)",
                "durations graph_tensor", "on CPU");
        assertThat(modelA.info().describe()).contains("-> waveform + duration,", "durations model_output");
    }

    @Test
    void everyTokenIncludingThePadsGives1800SamplesAtNormalSpeed() {
        int[] tokens = ids(20);
        int expected = SAMPLES_PER_TOKEN * (tokens.length + 2);

        for (KokoroModel model : List.of(modelA, modelB, modelC)) {
            float[] audio = model.synthesize(tokens, style(), 1f);
            assertThat(audio).hasSize(expected);
            double rms = Math.sqrt(IntStream.range(0, audio.length).mapToDouble(i -> audio[i] * audio[i]).sum()
                    / audio.length);
            assertThat(rms).as("the twins are calibrated to an RMS near 0.08").isBetween(0.01, 0.5);
        }
    }

    @Test
    void floatSpeedGraphsScaleEachTokensFramesByTheSpeed() {
        int[] tokens = ids(10);
        int padded = tokens.length + 2;

        for (KokoroModel model : List.of(modelB, modelC)) {
            // 3 / speed frames per token, rounded per token: 1, 2, 6 frames of 600 samples.
            assertThat(model.synthesize(tokens, style(), 3f)).hasSize(600 * padded);
            assertThat(model.synthesize(tokens, style(), 2f)).hasSize(1200 * padded);
            assertThat(model.synthesize(tokens, style(), 0.5f)).hasSize(3600 * padded);
        }
    }

    @Test
    void theIntegerSpeedGraphGetsTheSpeedRoundedHalfUpAndAtLeastOne() {
        int[] tokens = ids(10);
        int padded = tokens.length + 2;

        assertThat(modelA.synthesize(tokens, style(), 2.6f)).hasSize(600 * padded); // speed 3
        assertThat(modelA.synthesize(tokens, style(), 1.4f)).hasSize(1800 * padded); // speed 1
        assertThat(modelA.synthesize(tokens, style(), 0.5f)).hasSize(1800 * padded); // speed 1, not 0
        assertThat(OnnxKokoroModel.wholeSpeed(2.5f)).isEqualTo(3);
        assertThat(OnnxKokoroModel.wholeSpeed(0.49f)).isEqualTo(1);
    }

    @Test
    void everyExportGivesThreeFramesPerTokenIncludingThePadsAddingUpToTheAudio() {
        int[] tokens = ids(15);

        for (OnnxKokoroModel model : List.of(modelA, modelB, modelC)) {
            ModelOutput output = model.infer(tokens, style(), 1f);

            String file = model.info().file().path().getFileName().toString();
            int[] durations = output.tokenDurations().orElseThrow(() -> new AssertionError(file + ": no durations"));
            assertThat(durations).as(file).hasSize(tokens.length + 2).containsOnly(3);
            assertThat(Arrays.stream(durations).sum() * KokoroModel.SAMPLES_PER_FRAME).as(file)
                    .isEqualTo(output.audio().length);
        }
        assertThat(modelA.info().durationSource()).isEqualTo(DurationSource.MODEL_OUTPUT);
        assertThat(modelB.info().durationSource()).isEqualTo(DurationSource.GRAPH_TENSOR);
        assertThat(modelC.info().durationSource()).isEqualTo(DurationSource.GRAPH_TENSOR);
    }

    @Test
    void addedDurationsFollowTheSpeed() {
        int[] tokens = ids(10);

        for (OnnxKokoroModel model : List.of(modelB, modelC)) {
            // round(3 / 2) = 2 frames a token; round(3 / 0.5) = 6.
            ModelOutput faster = model.infer(tokens, style(), 2f);
            assertThat(faster.tokenDurations().orElseThrow()).hasSize(tokens.length + 2).containsOnly(2);
            assertThat(faster.audio()).hasSize(2 * KokoroModel.SAMPLES_PER_FRAME * (tokens.length + 2));
            assertThat(model.infer(tokens, style(), 0.5f).tokenDurations().orElseThrow()).containsOnly(6);
        }
    }

    @Test
    void takes510TokensAndRejects511() {
        assertThat(modelB.synthesize(ids(510), style(), 1f)).hasSize(SAMPLES_PER_TOKEN * 512);
        assertThatThrownBy(() -> modelB.synthesize(ids(511), style(), 1f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("511 token ids; the model takes at most 510");
    }

    @Test
    void aRunStoppedBeforeItStartsGivesNoOutputInEveryExportAndAnUnstoppedRunIsUnaffected() {
        for (OnnxKokoroModel model : new OnnxKokoroModel[] {modelA, modelB, modelC}) {
            assertThatThrownBy(() -> model.infer(ids(20), style(), 1f, Runnable::run))
                    .isInstanceOf(RunStoppedException.class).hasMessageContaining("20 tokens");
            assertThat(model.infer(ids(20), style(), 1f, stopRun -> { }).audio()).hasSize(SAMPLES_PER_TOKEN * 22);
        }
    }

    @Test
    void rejectsArgumentsOutsideTheModelsDomain() {
        assertThatThrownBy(() -> modelB.synthesize(new int[] {5, 178}, style(), 1f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token id 178");
        assertThatThrownBy(() -> modelB.synthesize(ids(3), new float[255], 1f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
        assertThatThrownBy(() -> modelB.synthesize(ids(3), style(), 0f))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speed");
        assertThatThrownBy(() -> modelB.synthesize(ids(3), style(), Float.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("speed");
    }

    @Test
    void fourThreadsShareOneSession() throws Exception {
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<float[]>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int count = 8 + 8 * t;
                runs.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return modelC.synthesize(ids(count), style(), 1f);
                }));
            }
            for (int t = 0; t < threads; t++) {
                assertThat(runs.get(t).get(30, TimeUnit.SECONDS)).hasSize(SAMPLES_PER_TOKEN * (8 + 8 * t + 2));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aValidOnnxModelThatIsNotKokoroFailsNamingItsInputsAndTheSupportedLayouts(@TempDir Path dir)
            throws Exception {
        Path identity = Files.write(dir.resolve("kokoro-v1.0.onnx"), TinyOnnxModel.identity());

        assertThatThrownBy(() -> OnnxKokoroModel.load(ModelSettings.defaults(identity)
                .withDevice(DevicePreference.CPU)))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("is not a Kokoro ONNX export")
                .hasMessageContaining("inputs [x FLOAT [4]] and outputs [y FLOAT [4]]")
                .hasMessageContaining("supported layouts");
    }

    @Test
    void aFileThatIsNotOnnxOrIsMissingFailsClearly(@TempDir Path dir) throws Exception {
        Path garbage = Files.writeString(dir.resolve("model.onnx"), "not a protobuf model");

        assertThatThrownBy(() -> OnnxKokoroModel.load(ModelSettings.defaults(garbage)))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("ONNX Runtime cannot load")
                .hasMessageContaining("model.onnx");
        assertThatThrownBy(() -> OnnxKokoroModel.load(ModelSettings.defaults(dir.resolve("absent.onnx"))))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("Model file not found");
    }

    @Test
    void cudaOnThisCpuBuildIsAStartupErrorWithInstallAdvice() {
        assertThatThrownBy(() -> OnnxKokoroModel.load(ModelSettings.defaults(TestAssets.miniModel("B"))
                .withDevice(DevicePreference.CUDA)))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("mvn -Pgpu");
    }
}
