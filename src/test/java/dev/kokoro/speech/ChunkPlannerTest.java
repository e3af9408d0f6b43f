package dev.kokoro.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkPlannerTest {

    private static List<PlannedChunk> plan(ChunkPlanner planner, String... sentences) {
        List<PlannedChunk> out = new ArrayList<>();
        for (String s : sentences) {
            out.addAll(planner.add(s, Boundary.SENTENCE));
        }
        out.addAll(planner.flush());
        return out;
    }

    @Test
    void shortSentencesAreJoinedIntoOneChunk() {
        List<PlannedChunk> chunks = plan(new ChunkPlanner(50, 200), "hˈɛlO.", "wˈɜɹld.");
        assertThat(chunks).containsExactly(new PlannedChunk("hˈɛlO. wˈɜɹld.", Boundary.SENTENCE));
    }

    @Test
    void theFirstChunkIsShortAndLaterOnesDouble() {
        String word = "tˈɛst";
        String sentence = String.join(" ", java.util.Collections.nCopies(60, word)) + ".";
        List<PlannedChunk> chunks = plan(new ChunkPlanner(12, 100), sentence);
        assertThat(chunks.get(0).length()).isLessThanOrEqualTo(12);
        assertThat(chunks.get(1).length()).isLessThanOrEqualTo(24).isGreaterThan(12);
        assertThat(chunks.get(2).length()).isLessThanOrEqualTo(48).isGreaterThan(24);
        assertThat(chunks.get(3).length()).isLessThanOrEqualTo(96).isGreaterThan(48);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(100));
        // Nothing lost, nothing invented: the chunks put back together are the sentence.
        assertThat(String.join(" ", chunks.stream().map(PlannedChunk::phonemes).toList())).isEqualTo(sentence);
        assertThat(chunks.get(0).after()).isEqualTo(Boundary.WORD);
        assertThat(chunks.get(chunks.size() - 1).after()).isEqualTo(Boundary.SENTENCE);
    }

    @Test
    void cutsAfterPunctuationWhenThatKeepsTheChunkUseful() {
        List<PlannedChunk> chunks = plan(new ChunkPlanner(16, 200), "wˈʌn tˈu, θɹˈi fˈɔɹ fˈIv sˈɪks.");
        assertThat(chunks.get(0)).isEqualTo(new PlannedChunk("wˈʌn tˈu,", Boundary.CLAUSE));
        assertThat(chunks.get(1).phonemes()).isEqualTo("θɹˈi fˈɔɹ fˈIv sˈɪks.");
    }

    @Test
    void aWordLongerThanTheModelLimitIsCutHard() {
        String longWord = "a".repeat(30);
        List<PlannedChunk> chunks = plan(new ChunkPlanner(10, 10), longWord);
        assertThat(chunks).extracting(PlannedChunk::length).containsExactly(10, 10, 10);
    }

    @Test
    void aFirstWordLongerThanTheFirstChunkIsKeptWhole() {
        String sentence = "ˌɪntəɹnˌæʃənələzˈAʃən ɪz hˈɑɹd.";
        List<PlannedChunk> chunks = plan(new ChunkPlanner(12, 100), sentence);
        assertThat(chunks).extracting(PlannedChunk::phonemes)
                .containsExactly("ˌɪntəɹnˌæʃənələzˈAʃən", "ɪz hˈɑɹd.");
    }

    @Test
    void wordMarksTakeNoRoomAndStayWithTheirWord() {
        char m = WordMark.MARK;
        String sentence = m + "wˈʌn " + m + "tˈu, " + m + "θɹˈi " + m + "fˈɔɹ.";
        List<PlannedChunk> chunks = plan(new ChunkPlanner(9, 200), sentence);
        assertThat(chunks).extracting(PlannedChunk::phonemes)
                .containsExactly(m + "wˈʌn " + m + "tˈu,", m + "θɹˈi " + m + "fˈɔɹ.");
        assertThat(chunks.get(0).length()).isEqualTo(9);
    }

    @Test
    void joinsOnlyWhatFitsTheLimit() {
        List<PlannedChunk> chunks = plan(new ChunkPlanner(10, 20), "abcdef.", "ghijkl.", "mn.");
        assertThat(chunks).extracting(PlannedChunk::phonemes).containsExactly("abcdef.", "ghijkl. mn.");
    }

    @Test
    void neverExceedsTheLimitWhenJoining() {
        ChunkPlanner planner = new ChunkPlanner(10, 10);
        List<PlannedChunk> chunks = plan(planner, "abcdef.", "ghijkl.", "mn.");
        assertThat(chunks).extracting(PlannedChunk::phonemes).containsExactly("abcdef.", "ghijkl.", "mn.");
    }

    @Test
    void emptySentencesOnlyStrengthenTheBoundary() {
        ChunkPlanner planner = new ChunkPlanner(50, 200);
        planner.add("hˈɛlO", Boundary.WORD);
        planner.add("  ", Boundary.PARAGRAPH);
        assertThat(planner.flush()).containsExactly(new PlannedChunk("hˈɛlO", Boundary.PARAGRAPH));
    }

    @Test
    void countsSymbolsNotUtf16Units() {
        assertThat(new PlannedChunk("ʤˈʌmp", Boundary.WORD).length()).isEqualTo(5);
    }
}
