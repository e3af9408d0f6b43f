package dev.kokoro.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the tensor holding Kokoro's frames per token inside a graph that does not return it. Every
 * export computes them the same way, {@code Round(ReduceSum(Sigmoid(duration_proj)) / speed)} clipped to at
 * least one frame, cast to int64 and squeezed to [T]; node names differ from exporter to exporter, so the
 * tensor is recognised by the operators after the Round: Clip (or Max), then Cast to INT64, then an
 * optional Squeeze, whose output is taken when it is there. Stateless.
 */
final class DurationTensorSearch {
    /** {@code TensorProto.DataType.INT64}, the value of Cast's {@code to}. */
    static final int INT64 = 7;

    private DurationTensorSearch() {
    }

    /** Every tensor that matches, in graph order; the caller trusts only a single one. */
    static List<String> candidates(List<OnnxGraphOutline.Node> nodes) {
        Map<String, List<OnnxGraphOutline.Node>> consumers = new HashMap<>();
        for (OnnxGraphOutline.Node node : nodes) {
            for (String input : node.inputs()) {
                if (!input.isEmpty()) { // "" marks an optional input left out
                    consumers.computeIfAbsent(input, k -> new ArrayList<>()).add(node);
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        for (OnnxGraphOutline.Node round : nodes) {
            if (!round.opType().equals("Round")) {
                continue;
            }
            for (OnnxGraphOutline.Node clip : consumersOfFirstOutput(round, consumers)) {
                if (!(clip.opType().equals("Clip") || clip.opType().equals("Max"))) {
                    continue;
                }
                for (OnnxGraphOutline.Node cast : consumersOfFirstOutput(clip, consumers)) {
                    if (cast.opType().equals("Cast") && cast.intAttributes().getOrDefault("to", -1L) == INT64) {
                        found.addAll(squeezedOrItself(cast, consumers));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<String> squeezedOrItself(OnnxGraphOutline.Node cast,
                                                 Map<String, List<OnnxGraphOutline.Node>> consumers) {
        List<String> squeezed = consumersOfFirstOutput(cast, consumers).stream()
                .filter(node -> node.opType().equals("Squeeze") && !node.outputs().isEmpty())
                .map(node -> node.outputs().get(0))
                .toList();
        return squeezed.isEmpty() ? List.of(cast.outputs().get(0)) : squeezed;
    }

    private static List<OnnxGraphOutline.Node> consumersOfFirstOutput(OnnxGraphOutline.Node node,
                                                                    Map<String, List<OnnxGraphOutline.Node>> consumers) {
        return node.outputs().isEmpty() ? List.of() : consumers.getOrDefault(node.outputs().get(0), List.of());
    }
}
