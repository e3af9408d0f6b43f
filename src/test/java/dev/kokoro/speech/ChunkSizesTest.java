package dev.kokoro.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.scheduling.Priority;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkSizesTest {
    private static final ChunkSizes SIZES = new ChunkSizes(12, 250, 100);
    /** 600 tokens of one sentence: enough for every limit to be reached. */
    private static final String LONG = String.join(" ", Collections.nCopies(100, "tˈɛst")) + ".";

    private static List<Integer> lengths(Priority priority) {
        return lengths(SIZES.plannerFor(priority));
    }

    private static List<Integer> lengths(ChunkPlanner planner) {
        List<PlannedChunk> chunks = new java.util.ArrayList<>(planner.add(LONG, Boundary.SENTENCE));
        chunks.addAll(planner.flush());
        return chunks.stream().map(PlannedChunk::length).toList();
    }

    @Test
    void liveChunksStartSmallAndGrowToChunkTokens() {
        for (Priority live : List.of(Priority.REALTIME, Priority.REQUEST)) {
            List<Integer> lengths = lengths(live);
            assertThat(lengths.getFirst()).isLessThanOrEqualTo(12);
            assertThat(lengths).anySatisfy(n -> assertThat(n).isGreaterThan(100));
            assertThat(lengths).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(250));
        }
    }

    @Test
    void everyBackgroundChunkStaysWithinBackgroundChunkTokensFromTheFirstOn() {
        for (Priority task : List.of(Priority.TASK_URGENT, Priority.TASK_HIGH, Priority.TASK_NORMAL, Priority.TASK_LOW)) {
            List<Integer> lengths = lengths(task);
            // Nobody waits for a task's first audio: no small first chunk, only chunks close to the limit.
            assertThat(lengths.subList(0, lengths.size() - 1))
                    .allSatisfy(n -> assertThat(n).isBetween(90, 100));
            assertThat(lengths.getLast()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void askingForTheLargestPiecesFillsTheModelWhateverThePriority() {
        for (Priority priority : List.of(Priority.REQUEST, Priority.TASK_LOW)) {
            SpeechSpec spec = new SpeechSpec("x", null, null, 1f, 1f, null, priority, java.util.Map.of(), true);
            List<Integer> lengths = lengths(SIZES.plannerFor(spec));
            assertThat(lengths.getFirst()).isBetween(500, 510);
            assertThat(lengths).hasSize(2);
        }
    }
}
