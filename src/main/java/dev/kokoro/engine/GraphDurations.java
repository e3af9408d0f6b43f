package dev.kokoro.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a model's per-token durations will come from, decided from its graph before ONNX Runtime opens it.
 * When the graph computes them without returning them, this holds the model's bytes with that tensor added
 * as an output, for the session to be opened from. Nothing here fails a load: a graph that cannot be read
 * or that has no single duration tensor gives no durations, and ONNX Runtime then judges the file itself.
 */
final class GraphDurations {
    private final DurationSource source;
    private final Optional<String> tensor;
    private final byte[] editedModel;
    private final String reason;

    private GraphDurations(DurationSource source, Optional<String> tensor, byte[] editedModel, String reason) {
        this.source = source;
        this.tensor = tensor;
        this.editedModel = editedModel;
        this.reason = reason;
    }

    static GraphDurations prepare(Path file) {
        OnnxGraphOutline outline;
        try (InputStream in = Files.newInputStream(file)) {
            outline = OnnxGraphOutline.read(in);
        } catch (IOException e) {
            return none("its graph could not be read (" + e.getMessage() + ")");
        }
        List<String> candidates = DurationTensorSearch.candidates(outline.nodes());
        if (candidates.size() != 1) {
            return none(candidates.isEmpty()
                    ? "no Round -> Clip -> Cast(int64) chain in its graph"
                    : candidates.size() + " tensors look like durations " + candidates + ", so none is trusted");
        }
        String found = candidates.get(0);
        if (outline.outputs().contains(found)) {
            return new GraphDurations(DurationSource.MODEL_OUTPUT, Optional.of(found), null, "");
        }
        try {
            byte[] edited = OnnxOutputAppender.withInt64Output(file, outline, found);
            return new GraphDurations(DurationSource.GRAPH_TENSOR, Optional.of(found), edited, "");
        } catch (IOException | ArithmeticException e) {
            return none("adding " + found + " as an output failed (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {
            // The one model-sized array did not fit; nothing else was allocated, and the model itself loads
            // outside the Java heap, so it still can, only without durations.
            return none("the Java heap has no room for a copy of the model to add " + found
                    + " as an output; give it more with -Xmx");
        }
    }

    private static GraphDurations none(String reason) {
        return new GraphDurations(DurationSource.NONE, Optional.empty(), null, reason);
    }

    /** The model with the duration tensor added as an output, when the session must be opened from it. */
    Optional<byte[]> editedModel() {
        return Optional.ofNullable(editedModel);
    }

    /**
     * The detected signature with the durations found here, unless it already names a duration output
     * (the reference export's {@code duration}, which the detector knows by name).
     */
    ModelSignature applyTo(ModelSignature signature) {
        if (signature.durationSource() != DurationSource.NONE || tensor.isEmpty()) {
            return signature;
        }
        return signature.withDurations(tensor.get(), source);
    }

    /** Why there are no durations, for the warning when the signature has none either. */
    String reasonForNone() {
        return reason;
    }
}
