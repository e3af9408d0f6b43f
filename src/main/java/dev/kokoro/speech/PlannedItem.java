package dev.kokoro.speech;

/** One step of a synthesis plan, in playing order. */
public sealed interface PlannedItem {
    /** A model call: phoneme token ids (without padding) and the break that follows. */
    record Speech(String phonemes, int[] tokenIds, Boundary after) implements PlannedItem {
    }

    /** An explicit pause from the input's markup. */
    record Pause(int samples) implements PlannedItem {
    }
}
