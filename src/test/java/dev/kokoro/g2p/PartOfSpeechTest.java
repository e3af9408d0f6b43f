package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tag refinement on hand-tagged UPOS input, so the expectations do not depend on the statistical tagger. */
class PartOfSpeechTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I read it yesterday .        | PRON VERB PRON NOUN PUNCT       | PRP VBD PRP NN -
            I will read it .             | PRON AUX VERB PRON PUNCT        | PRP VB VB PRP -
            I have not read it .         | PRON AUX PART VERB PRON PUNCT   | PRP VB RP VBN PRP -
            I read books every day .     | PRON VERB NOUN DET NOUN PUNCT   | PRP VB NN DT NN -
            He read books every day .    | PRON VERB NOUN DET NOUN PUNCT   | PRP VBD NN DT NN -
            Read it .                    | VERB PRON PUNCT                 | VB PRP -
            it was read aloud            | PRON AUX VERB ADV               | PRP VBD VBN RB
            they are reading             | PRON AUX VERB                   | PRP VB VBG
            He used to swim .            | PRON VERB PART VERB PUNCT       | PRP VBD TO VB -
            I used a knife .             | PRON VERB DET NOUN PUNCT        | PRP VBN DT NN -
            it was used to cut bread     | PRON AUX VERB PART VERB NOUN    | PRP VBD VBN TO VB NN
            I am used to it              | PRON AUX ADJ PART PRON          | PRP VB VBD TO PRP
            that book                    | DET NOUN                        | DT NN
            the book that I read         | DET NOUN PRON PRON VERB         | DT NN PRP PRP VBD
            I like that .                | PRON VERB PRON PUNCT            | PRP VB DT -
            """)
    void refinesTags(String words, String upos, String expected) {
        String[] tags = PartOfSpeech.lexiconTags(List.of(words.split(" ")), upos.split(" "));
        assertThat(Arrays.stream(tags).map(t -> t == null ? "-" : t).toList())
                .containsExactly(expected.split(" "));
    }
}
