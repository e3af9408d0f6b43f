package dev.kokoro.speech;

import dev.kokoro.voice.Voice;
import java.util.List;

/** One step of a synthesis plan, in playing order. */
public sealed interface PlannedItem {
    /** The model calls of a plan, pauses left out. */
    static List<Speech> speechOnly(List<PlannedItem> plan) {
        return plan.stream().filter(Speech.class::isInstance).map(Speech.class::cast).toList();
    }

    /** The written words heard during this item. */
    List<CaptionWord> captionWords();

    /**
     * A model call: phoneme token ids (without padding), the break that follows, which tokens say which
     * written word, and who says them how fast.
     */
    record Speech(String phonemes, int[] tokenIds, Boundary after, List<WordSpan> words, Voice voice, float speed)
            implements PlannedItem {
        @Override
        public List<CaptionWord> captionWords() {
            return words.stream().map(WordSpan::word).toList();
        }
    }

    /** An explicit pause from the input's markup; words without a sound of their own may sit at its start. */
    record Pause(int samples, List<CaptionWord> captionWords) implements PlannedItem {
    }
}
