package dev.kokoro.speech;

/** The phonemes of one model call, and what kind of break follows them. */
public record PlannedChunk(String phonemes, Boundary after) {
    /** The number of phoneme symbols (word marks not counted), which is what the model's 510-token limit counts. */
    public int length() {
        return WordMark.symbols(phonemes);
    }
}
