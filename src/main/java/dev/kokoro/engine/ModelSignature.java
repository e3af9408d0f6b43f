package dev.kokoro.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * The names and types through which one Kokoro ONNX export is fed and read. The published exports
 * compute the same thing but name their tensors differently, and one of them takes the speed as an
 * int32 and also returns the frames each token lasts; the others compute those frames without returning
 * them, and the server can add that tensor as an output when it loads them.
 *
 * @param idsInput       int64 [1, T] phoneme token ids, padded with 0 at both ends
 * @param styleInput     float32 [1, 256] the voice's style vector
 * @param speedInput     [1] the speaking speed, of {@code speedType}
 * @param audioOutput    float32 [N] or [1, N] 24 kHz samples
 * @param durationOutput int64 [T] frames per token (one frame = 600 samples), when the session returns them
 * @param durationSource where {@code durationOutput} comes from; {@link DurationSource#NONE} exactly when it is empty
 */
public record ModelSignature(String idsInput, String styleInput, String speedInput, SpeedType speedType,
                             String audioOutput, Optional<String> durationOutput, DurationSource durationSource) {

    /** The element type the graph wants for {@code speed}. */
    public enum SpeedType {
        FLOAT32,
        /** Only whole speeds reach the model: the reference exporter's graph. */
        INT32
    }

    public ModelSignature {
        Objects.requireNonNull(idsInput, "idsInput");
        Objects.requireNonNull(styleInput, "styleInput");
        Objects.requireNonNull(speedInput, "speedInput");
        Objects.requireNonNull(speedType, "speedType");
        Objects.requireNonNull(audioOutput, "audioOutput");
        Objects.requireNonNull(durationOutput, "durationOutput");
        Objects.requireNonNull(durationSource, "durationSource");
        if (durationOutput.isPresent() == (durationSource == DurationSource.NONE)) {
            throw new IllegalArgumentException("duration output " + durationOutput + " with source " + durationSource);
        }
    }

    /** This signature with durations read from {@code output}, which comes from {@code source}. */
    public ModelSignature withDurations(String output, DurationSource source) {
        return new ModelSignature(idsInput, styleInput, speedInput, speedType, audioOutput, Optional.of(output),
                source);
    }

    /**
     * For the startup log: {@code tokens, style, speed:float32 -> audio + /m/Squeeze_output_0 (added at load)}.
     */
    public String describe() {
        String durations = durationOutput
                .map(d -> " + " + d + (durationSource == DurationSource.GRAPH_TENSOR ? " (added at load)" : ""))
                .orElse("");
        return idsInput + ", " + styleInput + ", " + speedInput + ":" + speedType.name().toLowerCase()
                + " -> " + audioOutput + durations;
    }
}
