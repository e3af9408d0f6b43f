package dev.kokoro.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * The names and types through which one Kokoro ONNX export is fed and read. The published exports
 * compute the same thing but name their tensors differently, and one of them takes the speed as an
 * int32 and also returns the frames each token lasts.
 *
 * @param idsInput       int64 [1, T] phoneme token ids, padded with 0 at both ends
 * @param styleInput     float32 [1, 256] the voice's style vector
 * @param speedInput     [1] the speaking speed, of {@code speedType}
 * @param audioOutput    float32 [N] or [1, N] 24 kHz samples
 * @param durationOutput int64 [T] frames per token (one frame = 600 samples), when the export has it
 */
public record ModelSignature(String idsInput, String styleInput, String speedInput, SpeedType speedType,
                             String audioOutput, Optional<String> durationOutput) {

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
    }

    /** For the startup log: {@code tokens, style, speed:float32 -> audio}. */
    public String describe() {
        return idsInput + ", " + styleInput + ", " + speedInput + ":" + speedType.name().toLowerCase()
                + " -> " + audioOutput + durationOutput.map(d -> " + " + d).orElse("");
    }
}
