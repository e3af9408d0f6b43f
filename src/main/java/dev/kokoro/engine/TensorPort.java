package dev.kokoro.engine;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.TensorInfo;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One declared input or output of an ONNX graph: its name, element type and shape, where a
 * dimension of -1 is dynamic. A plain value, so the signature detector can be tested without a model.
 *
 * @param type  the element type; {@link OnnxJavaType#UNKNOWN} for non-tensor values (maps, sequences)
 * @param shape the declared dimensions; empty for a scalar or a non-tensor value
 */
public record TensorPort(String name, OnnxJavaType type, List<Long> shape) {
    public TensorPort {
        shape = List.copyOf(shape);
    }

    static TensorPort of(NodeInfo node) {
        if (node.getInfo() instanceof TensorInfo tensor) {
            return new TensorPort(node.getName(), tensor.type,
                    Arrays.stream(tensor.getShape()).boxed().toList());
        }
        return new TensorPort(node.getName(), OnnxJavaType.UNKNOWN, List.of());
    }

    public int rank() {
        return shape.size();
    }

    /** True when dimension {@code index} is either {@code size} or dynamic. */
    boolean dimensionAccepts(int index, long size) {
        long declared = shape.get(index);
        return declared == size || declared < 0;
    }

    /** For messages: {@code tokens INT64 [1, T]} with dynamic dimensions shown as {@code ?}. */
    public String describe() {
        if (type == OnnxJavaType.UNKNOWN) {
            return name + " (not a tensor)";
        }
        return name + " " + type + " " + shape.stream()
                .map(d -> d < 0 ? "?" : Long.toString(d))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
