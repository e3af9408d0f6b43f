package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.g2p.neural.EnglishG2pModel;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression ceilings for English words the lexicon lacks, on the 2 000 held-out words of
 * {@code ../shared/g2p/evaluation-words.txt} (see {@link G2pEvaluation} for the numbers themselves).
 */
@NeedsAssets
class G2pEvaluationTest {
    @Test
    void modelAndWordPathStayUnderTheCeilingAndBeatEspeak() throws IOException {
        List<String> words = G2pEvaluation.readWords(TestAssets.g2pEvaluationWords());
        assertThat(words).hasSize(2000);
        G2pEvaluation.Scores us = G2pEvaluation.score(TestAssets.lexicons(), words, false,
                EnglishG2pModel.shared(), EspeakNg.shared());
        assertThat(us.words()).isEqualTo(2000);
        assertThat(us.model()).isLessThan(0.09);
        assertThat(us.wordPath()).as("the issue's target for words the lexicon lacks").isLessThanOrEqualTo(0.08);
        assertThat(us.model()).isLessThan(us.espeak());
    }

    @Test
    void errorRateIsEditsOverReferenceLengthWithoutStress() {
        G2pEvaluation.ErrorRate rate = new G2pEvaluation.ErrorRate();
        rate.add("kˈæt", "kˈæt");
        rate.add("bˈæd", "bˈɛt");
        rate.add("", "ˈɑ");
        assertThat(rate.rate()).isEqualTo(3.0 / 7);
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(G2pEvaluation.ErrorRate.editDistance("kitten".codePoints().toArray(),
                "sitting".codePoints().toArray())).isEqualTo(3);
        assertThat(G2pEvaluation.ErrorRate.editDistance(new int[0], "abc".codePoints().toArray())).isEqualTo(3);
    }
}
