package dev.kokoro.engine;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises a Kokoro export by the names, element types and shapes it declares, never by its file
 * name (users rename files). Dynamic dimensions are accepted wherever a fixed one is expected, and a
 * batch dimension of one on the audio or duration output is tolerated; extra outputs are ignored, but
 * every input must be one the server knows how to feed. Stateless.
 */
public final class ModelSignatureDetector {
    private static final List<String> IDS_NAMES = List.of("tokens", "input_ids");
    private static final List<String> AUDIO_NAMES = List.of("audio", "waveform");
    private static final String STYLE_NAME = "style";
    private static final String SPEED_NAME = "speed";
    private static final String DURATION_NAME = "duration";

    static final String SUPPORTED_LAYOUTS = """
            supported layouts:
              A (hexgrad examples/export.py): input_ids INT64 [1, T], style FLOAT [1, 256], speed INT32 [1] \
            -> waveform FLOAT [N], duration INT64 [T]
              B (kokoro-onnx kokoro-v1.0*.onnx): tokens INT64 [1, T], style FLOAT [1, 256], speed FLOAT [1] \
            -> audio FLOAT [N]
              C (onnx-community Kokoro-82M-v1.0-ONNX): input_ids INT64 [1, T], style FLOAT [1, 256], speed FLOAT [1] \
            -> waveform FLOAT [N]""";

    private ModelSignatureDetector() {
    }

    /** Reads the declared inputs and outputs of a loaded session; {@code source} names it in errors. */
    public static ModelSignature detect(OrtSession session, String source) throws OrtException {
        return detect(ports(session.getInputInfo().values()), ports(session.getOutputInfo().values()), source);
    }

    /**
     * @throws ModelLoadException listing every mismatch, what the graph declares and the supported layouts
     */
    public static ModelSignature detect(List<TensorPort> inputs, List<TensorPort> outputs, String source) {
        List<String> problems = new ArrayList<>();

        Optional<TensorPort> ids = firstNamed(inputs, IDS_NAMES);
        if (ids.isEmpty()) {
            problems.add("no token-id input named " + String.join(" or ", IDS_NAMES));
        } else if (!(ids.get().type() == OnnxJavaType.INT64 && isBatchOfOne(ids.get(), 2))) {
            problems.add("input " + ids.get().describe() + " should be INT64 [1, T]");
        }

        Optional<TensorPort> style = firstNamed(inputs, List.of(STYLE_NAME));
        if (style.isEmpty()) {
            problems.add("no input named " + STYLE_NAME);
        } else if (!(style.get().type() == OnnxJavaType.FLOAT && isBatchOfOne(style.get(), 2)
                && style.get().dimensionAccepts(1, KokoroModel.STYLE_SIZE))) {
            problems.add("input " + style.get().describe() + " should be FLOAT [1, " + KokoroModel.STYLE_SIZE + "]");
        }

        Optional<TensorPort> speed = firstNamed(inputs, List.of(SPEED_NAME));
        Optional<ModelSignature.SpeedType> speedType = speed.flatMap(ModelSignatureDetector::speedType);
        if (speed.isEmpty()) {
            problems.add("no input named " + SPEED_NAME);
        } else if (speedType.isEmpty()) {
            problems.add("input " + speed.get().describe() + " should be FLOAT [1] or INT32 [1]");
        }

        Set<String> fed = Stream.of(ids, style, speed).flatMap(Optional::stream).map(TensorPort::name)
                .collect(Collectors.toSet());
        inputs.stream().filter(input -> !fed.contains(input.name())).forEach(input -> problems.add(
                "unexpected input " + input.describe() + " (only token ids, style and speed can be fed)"));

        Optional<TensorPort> audio = firstNamed(outputs, AUDIO_NAMES);
        if (audio.isEmpty()) {
            problems.add("no audio output named " + String.join(" or ", AUDIO_NAMES));
        } else if (!(audio.get().type() == OnnxJavaType.FLOAT && isVector(audio.get()))) {
            problems.add("output " + audio.get().describe() + " should be FLOAT [N]");
        }

        if (!problems.isEmpty()) {
            throw new ModelLoadException(source + " is not a Kokoro ONNX export this server can run:\n"
                    + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"))
                    + "\nit declares inputs " + describe(inputs) + " and outputs " + describe(outputs)
                    + "\n" + SUPPORTED_LAYOUTS);
        }
        Optional<String> durations = firstNamed(outputs, List.of(DURATION_NAME))
                .filter(d -> d.type() == OnnxJavaType.INT64 && isVector(d))
                .map(TensorPort::name);
        return new ModelSignature(ids.get().name(), style.get().name(), speed.get().name(), speedType.get(),
                audio.get().name(), durations,
                durations.isPresent() ? DurationSource.MODEL_OUTPUT : DurationSource.NONE);
    }

    private static Optional<ModelSignature.SpeedType> speedType(TensorPort speed) {
        if (!isBatchOfOne(speed, 1)) {
            return Optional.empty();
        }
        return switch (speed.type()) {
            case FLOAT -> Optional.of(ModelSignature.SpeedType.FLOAT32);
            case INT32 -> Optional.of(ModelSignature.SpeedType.INT32);
            default -> Optional.empty();
        };
    }

    /** Rank {@code rank}, and the first dimension is one (or dynamic). */
    private static boolean isBatchOfOne(TensorPort port, int rank) {
        return port.rank() == rank && port.dimensionAccepts(0, 1);
    }

    /** [N], or [1, N] as some exporters keep the batch dimension. */
    private static boolean isVector(TensorPort port) {
        return port.rank() == 1 || isBatchOfOne(port, 2);
    }

    private static Optional<TensorPort> firstNamed(List<TensorPort> ports, List<String> names) {
        return ports.stream().filter(p -> names.contains(p.name())).findFirst();
    }

    private static List<TensorPort> ports(Collection<NodeInfo> nodes) {
        return nodes.stream().map(TensorPort::of).toList();
    }

    private static String describe(List<TensorPort> ports) {
        return ports.stream().map(TensorPort::describe).collect(Collectors.joining(", ", "[", "]"));
    }
}
