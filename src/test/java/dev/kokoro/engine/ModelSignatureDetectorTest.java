package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnxruntime.OnnxJavaType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelSignatureDetectorTest {
    private static final long DYN = -1;

    private static TensorPort port(String name, OnnxJavaType type, long... shape) {
        return new TensorPort(name, type, java.util.Arrays.stream(shape).boxed().toList());
    }

    private static List<TensorPort> inputs(String ids, OnnxJavaType speedType) {
        return List.of(port(ids, OnnxJavaType.INT64, 1, DYN), port("style", OnnxJavaType.FLOAT, 1, 256),
                port("speed", speedType, 1));
    }

    @Test
    void detectsTheKokoroOnnxReleaseLayout() {
        ModelSignature signature = ModelSignatureDetector.detect(inputs("tokens", OnnxJavaType.FLOAT),
                List.of(port("audio", OnnxJavaType.FLOAT, DYN)), "b.onnx");

        assertThat(signature).isEqualTo(new ModelSignature("tokens", "style", "speed",
                ModelSignature.SpeedType.FLOAT32, "audio", Optional.empty(), DurationSource.NONE));
    }

    @Test
    void detectsTheReferenceExporterLayoutWithIntegerSpeedAndDurations() {
        ModelSignature signature = ModelSignatureDetector.detect(inputs("input_ids", OnnxJavaType.INT32),
                List.of(port("waveform", OnnxJavaType.FLOAT, DYN), port("duration", OnnxJavaType.INT64, DYN)),
                "a.onnx");

        assertThat(signature).isEqualTo(new ModelSignature("input_ids", "style", "speed",
                ModelSignature.SpeedType.INT32, "waveform", Optional.of("duration"), DurationSource.MODEL_OUTPUT));
    }

    @Test
    void toleratesABatchDimensionOnTheAudioAndFullyDynamicShapes() {
        List<TensorPort> dynamicInputs = List.of(port("input_ids", OnnxJavaType.INT64, DYN, DYN),
                port("style", OnnxJavaType.FLOAT, DYN, DYN), port("speed", OnnxJavaType.FLOAT, DYN));

        ModelSignature signature = ModelSignatureDetector.detect(dynamicInputs,
                List.of(port("waveform", OnnxJavaType.FLOAT, 1, DYN)), "c.onnx");

        assertThat(signature.audioOutput()).isEqualTo("waveform");
        assertThat(signature.speedType()).isEqualTo(ModelSignature.SpeedType.FLOAT32);
    }

    @Test
    void ignoresExtraOutputsAndADurationOfTheWrongType() {
        ModelSignature signature = ModelSignatureDetector.detect(inputs("tokens", OnnxJavaType.FLOAT),
                List.of(port("pred_f0", OnnxJavaType.FLOAT, DYN), port("audio", OnnxJavaType.FLOAT, DYN),
                        port("duration", OnnxJavaType.FLOAT, DYN)), "x.onnx");

        assertThat(signature.audioOutput()).isEqualTo("audio");
        assertThat(signature.durationOutput()).isEmpty();
        assertThat(signature.durationSource()).isEqualTo(DurationSource.NONE);
    }

    @Test
    void anUnknownLayoutListsWhatWasFoundAndWhatIsSupported() {
        List<TensorPort> found = List.of(port("x", OnnxJavaType.FLOAT, 4));

        assertThatThrownBy(() -> ModelSignatureDetector.detect(found, List.of(port("y", OnnxJavaType.FLOAT, 4)),
                "identity.onnx"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("identity.onnx is not a Kokoro ONNX export")
                .hasMessageContaining("no token-id input named tokens or input_ids")
                .hasMessageContaining("no input named style")
                .hasMessageContaining("no input named speed")
                .hasMessageContaining("unexpected input x FLOAT [4]")
                .hasMessageContaining("no audio output named audio or waveform")
                .hasMessageContaining("inputs [x FLOAT [4]] and outputs [y FLOAT [4]]")
                .hasMessageContaining("supported layouts")
                .hasMessageContaining("B (kokoro-onnx kokoro-v1.0*.onnx): tokens INT64 [1, T]");
    }

    @Test
    void rejectsWrongTypesAndShapesNamingTheInputAtFault() {
        List<TensorPort> wrong = List.of(port("tokens", OnnxJavaType.INT32, 1, DYN),
                port("style", OnnxJavaType.FLOAT, 1, 128), port("speed", OnnxJavaType.DOUBLE, 1));

        assertThatThrownBy(() -> ModelSignatureDetector.detect(wrong,
                List.of(port("audio", OnnxJavaType.FLOAT, 2, DYN)), "wrong.onnx"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("input tokens INT32 [1, ?] should be INT64 [1, T]")
                .hasMessageContaining("input style FLOAT [1, 128] should be FLOAT [1, 256]")
                .hasMessageContaining("input speed DOUBLE [1] should be FLOAT [1] or INT32 [1]")
                .hasMessageContaining("output audio FLOAT [2, ?] should be FLOAT [N]");
    }

    @Test
    void rejectsAnInputTheServerCannotFeed() {
        List<TensorPort> withExtra = new java.util.ArrayList<>(inputs("tokens", OnnxJavaType.FLOAT));
        withExtra.add(port("noise_scale", OnnxJavaType.FLOAT, 1));

        assertThatThrownBy(() -> ModelSignatureDetector.detect(withExtra,
                List.of(port("audio", OnnxJavaType.FLOAT, DYN)), "extra.onnx"))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("unexpected input noise_scale FLOAT [1]");
    }
}
