package dev.kokoro.speech;

import java.util.List;

/** One step of a synthesis plan, in playing order. */
public sealed interface PlannedItem {
    /** The model calls of a plan, pauses left out. */
    static List<Speech> speechOnly(List<PlannedItem> plan) {
        return plan.stream().filter(Speech.class::isInstance).map(Speech.class::cast).toList();
    }

    /** A model call: phoneme token ids (without padding) and the break that follows. */
    record Speech(String phonemes, int[] tokenIds, Boundary after) implements PlannedItem {
    }

    /** An explicit pause from the input's markup. */
    record Pause(int samples) implements PlannedItem {
    }
}
