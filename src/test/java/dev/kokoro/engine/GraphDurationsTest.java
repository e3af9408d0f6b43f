package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deciding where durations come from before the session opens, and the edit that exposes them, on
 * hand-written Kokoro-shaped graphs and through a real session on them.
 */
@NeedsAssets
class GraphDurationsTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] model) throws IOException {
        return Files.write(dir.resolve(name), model);
    }

    private static OnnxKokoroModel load(Path file) {
        return OnnxKokoroModel.load(ModelSettings.defaults(file).withDevice(DevicePreference.CPU)
                .withIntraOpThreads(1));
    }

    private static ModelSignature signatureB() {
        return new ModelSignature("tokens", "style", "speed", ModelSignature.SpeedType.FLOAT32, "audio",
                Optional.empty(), DurationSource.NONE);
    }

    @Test
    void theEditAppendsOneInt64OutputAndLeavesTheRestOfTheGraphAsItWas() throws IOException {
        byte[] original = TinyOnnxModel.kokoroShaped(1);
        Path file = write("one-chain.onnx", original);

        GraphDurations durations = GraphDurations.prepare(file);

        byte[] edited = durations.editedModel().orElseThrow();
        OnnxGraphOutline before = OnnxGraphOutline.read(original);
        OnnxGraphOutline after = OnnxGraphOutline.read(edited);
        assertThat(after.outputs()).containsExactly("audio", "frames0");
        assertThat(after.nodes()).isEqualTo(before.nodes());
        // ValueInfoProto{name "frames0", type{tensor_type{elem_type 7}}}: 9 + 6 bytes, 2 more for its field.
        assertThat(after.graphContentLength()).isEqualTo(before.graphContentLength() + 17);
        assertThat(edited).hasSize(original.length + 17);
        assertThat(Arrays.copyOfRange(edited, after.graphContentOffset() + after.graphContentLength(), edited.length))
                .as("what follows the graph").isEqualTo(Arrays.copyOfRange(original,
                        before.graphContentOffset() + before.graphContentLength(), original.length));
        assertThat(durations.applyTo(signatureB())).isEqualTo(
                signatureB().withDurations("frames0", DurationSource.GRAPH_TENSOR));
    }

    @Test
    void aSessionOnTheEditedGraphReturnsTheTensorAsDurations() throws IOException {
        try (OnnxKokoroModel model = load(write("one-chain.onnx", TinyOnnxModel.kokoroShaped(1)))) {
            int[] ids = IntStream.rangeClosed(1, 12).map(i -> i * 13).toArray();

            ModelOutput output = model.infer(ids, new float[KokoroModel.STYLE_SIZE], 1f);

            assertThat(model.info().durationSource()).isEqualTo(DurationSource.GRAPH_TENSOR);
            assertThat(model.info().signature().durationOutput()).contains("frames0");
            // The pads are ids 0, clipped up to one frame.
            int[] expected = IntStream.concat(IntStream.concat(IntStream.of(1), Arrays.stream(ids)), IntStream.of(1))
                    .toArray();
            assertThat(output.tokenDurations()).hasValueSatisfying(d -> assertThat(d).containsExactly(expected));
            assertThat(output.audio()).hasSize(ids.length + 2);
        }
    }

    @Test
    void weightsInAnExternalDataFileBesideTheModelAreStillFoundWhenItOpensFromMemory() throws IOException {
        // A folder other than the working directory, where ONNX Runtime would look by default.
        Path folder = Files.createDirectory(dir.resolve("exported"));
        Files.write(folder.resolve("tiny.data"), TinyOnnxModel.externalOne());
        Path file = Files.write(folder.resolve("external.onnx"), TinyOnnxModel.kokoroShapedWithExternalData("tiny.data"));

        try (OnnxKokoroModel model = load(file)) {
            ModelOutput output = model.infer(new int[] {5, 6, 7}, new float[KokoroModel.STYLE_SIZE], 1f);

            assertThat(model.info().durationSource()).isEqualTo(DurationSource.GRAPH_TENSOR);
            assertThat(output.tokenDurations()).hasValueSatisfying(d -> assertThat(d).containsExactly(1, 5, 6, 7, 1));
        }
    }

    @Test
    void twoMatchingTensorsGiveNoDurationsAndTheModelStillLoadsAndRuns() throws IOException {
        Path file = write("two-chains.onnx", TinyOnnxModel.kokoroShaped(2));

        GraphDurations durations = GraphDurations.prepare(file);
        assertThat(durations.editedModel()).isEmpty();
        assertThat(durations.applyTo(signatureB())).isEqualTo(signatureB());
        assertThat(durations.reasonForNone()).contains("2 tensors look like durations [frames1, frames0]");

        try (OnnxKokoroModel model = load(file)) {
            assertThat(model.info().durationSource()).isEqualTo(DurationSource.NONE);
            ModelOutput output = model.infer(new int[] {5, 6, 7}, new float[KokoroModel.STYLE_SIZE], 1f);
            assertThat(output.tokenDurations()).isEmpty();
            assertThat(output.audio()).containsExactly(1, 5, 6, 7, 1);
        }
    }

    @Test
    void noMatchingTensorGivesNoDurationsAndTheModelStillLoadsAndRuns() throws IOException {
        Path file = write("no-chain.onnx", TinyOnnxModel.kokoroShaped(0));

        assertThat(GraphDurations.prepare(file).reasonForNone()).contains("no Round -> Clip -> Cast(int64) chain");
        try (OnnxKokoroModel model = load(file)) {
            assertThat(model.info().durationSource()).isEqualTo(DurationSource.NONE);
            assertThat(model.info().describe()).contains("durations none");
            ModelOutput output = model.infer(new int[] {5, 6, 7}, new float[KokoroModel.STYLE_SIZE], 1f);
            assertThat(output.tokenDurations()).isEmpty();
            assertThat(output.audio()).containsExactly(0, 5, 6, 7, 0);
        }
    }

    @Test
    void bytesThatAreNotAModelGiveNoDurationsAndAReason() throws IOException {
        GraphDurations durations = GraphDurations.prepare(write("garbage.onnx", "not a protobuf model".getBytes()));

        assertThat(durations.editedModel()).isEmpty();
        assertThat(durations.reasonForNone()).startsWith("its graph could not be read");
    }

    @Test
    void aDeclaredDurationOutputNeedsNoEdit() {
        GraphDurations durations = GraphDurations.prepare(TestAssets.miniModel("A"));

        assertThat(durations.editedModel()).isEmpty();
        assertThat(durations.applyTo(signatureB())).isEqualTo(
                signatureB().withDurations("duration", DurationSource.MODEL_OUTPUT));
    }
}
