package dev.kokoro.engine;

import java.util.Locale;

/** Where a loaded model's per-token durations (the basis of word timestamps) come from. */
public enum DurationSource {
    /** The export declares them as an output (the reference exporter's {@code duration}). */
    MODEL_OUTPUT,
    /** The export computes them but does not return them; the server added that tensor as an output at load. */
    GRAPH_TENSOR,
    /** No single tensor of the graph could be recognised as the durations: there are none. */
    NONE;

    /** {@code model_output}, {@code graph_tensor} or {@code none}, as GET /health and the startup log show it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
