package dev.kokoro.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kokoro.voice.VoiceSpec.Term;
import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class VoiceSpecTest {

    @Test
    void singleVoice() {
        VoiceSpec spec = VoiceSpec.parse("af_bella");

        assertThat(spec.terms()).containsExactly(new Term("af_bella", 1, false));
        assertThat(spec.isBlend()).isFalse();
        assertThat(spec.coefficients()).containsExactly(1.0);
        assertThat(spec.text()).isEqualTo("af_bella");
    }

    @Test
    void weightOfASingleVoiceIsNormalisedAway() {
        assertThat(VoiceSpec.parse("af_bella(3)").text()).isEqualTo("af_bella");
        assertThat(VoiceSpec.parse("af_bella(3)").coefficients()).containsExactly(1.0);
    }

    @Test
    void equalBlendAveragesWithoutWeightsInTheText() {
        VoiceSpec spec = VoiceSpec.parse("af_bella+af_sky");

        assertThat(spec.terms()).containsExactly(new Term("af_bella", 1, false), new Term("af_sky", 1, false));
        assertThat(spec.coefficients()).containsExactly(0.5, 0.5);
        assertThat(spec.text()).isEqualTo("af_bella+af_sky");
    }

    @Test
    void weightsAreNormalisedToSumOne() {
        VoiceSpec spec = VoiceSpec.parse("af_bella(2)+af_sky(1)");

        assertThat(spec.coefficients()).containsExactly(new double[] {2.0 / 3, 1.0 / 3}, within(1e-15));
        assertThat(spec.text()).isEqualTo("af_bella(2)+af_sky(1)");
    }

    @Test
    void subtractionIsNormalisedBySignedSum() {
        VoiceSpec spec = VoiceSpec.parse("af_bella-af_sky(0.3)");

        assertThat(spec.terms()).containsExactly(new Term("af_bella", 1, false), new Term("af_sky", 0.3, true));
        // (bella − 0.3·sky) / 0.7: coefficients add up to 1.
        assertThat(spec.coefficients()).containsExactly(new double[] {1 / 0.7, -0.3 / 0.7}, within(1e-12));
        assertThat(spec.text()).isEqualTo("af_bella(1)-af_sky(0.3)");
    }

    @Test
    void aVoiceMinusPartOfItselfIsItself() {
        double[] c = VoiceSpec.parse("af_bella-af_bella(0.5)").coefficients();

        assertThat(c[0] + c[1]).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void whitespaceIsIgnoredAroundTokens() {
        VoiceSpec spec = VoiceSpec.parse("  af_bella ( 2 ) +\taf_sky (1.50)  - am_adam(.5) ");

        assertThat(spec.terms()).containsExactly(new Term("af_bella", 2, false), new Term("af_sky", 1.5, false),
                new Term("am_adam", 0.5, true));
        assertThat(spec.text()).isEqualTo("af_bella(2)+af_sky(1.5)-am_adam(0.5)");
    }

    @Test
    void namesAreRenamedKeepingWeights() {
        VoiceSpec spec = VoiceSpec.parse("Nova(2)+ALLOY").withNames(n -> n.toLowerCase(Locale.ROOT) + "!");

        assertThat(spec.terms()).containsExactly(new Term("nova!", 2, false), new Term("alloy!", 1, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "+af_bella", "-af_bella", "af_bella+", "af_bella++af_sky", "af_bella+-af_sky",
            "af_bella af_sky", "af_bella(0)", "af_bella(-1)+af_sky", "af_bella(x)", "af_bella(2", "af_bella()",
            "af_bella(1e3)", "af-bella!", "af_bella,af_sky", "af_bella(2)(3)", "ä_voice"})
    void malformedSpecsAreRejected(String text) {
        assertThatThrownBy(() -> VoiceSpec.parse(text)).isInstanceOfSatisfying(InvalidVoiceSpecException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid_voice");
            assertThat(e.param()).isEqualTo("voice");
            assertThat(e.getMessage()).startsWith("Invalid voice '");
        });
    }

    @Test
    void nullIsAnEmptyVoice() {
        assertThatThrownBy(() -> VoiceSpec.parse(null)).isInstanceOf(InvalidVoiceSpecException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void tooManyTermsAreRejected() {
        String spec = String.join("+", Collections.nCopies(VoiceSpec.MAX_TERMS + 1, "af_bella"));

        assertThat(VoiceSpec.parse(spec.substring(0, spec.lastIndexOf('+'))).terms()).hasSize(VoiceSpec.MAX_TERMS);
        assertThatThrownBy(() -> VoiceSpec.parse(spec)).isInstanceOf(InvalidVoiceSpecException.class)
                .hasMessageContaining("at most " + VoiceSpec.MAX_TERMS);
    }

    /** A megabyte of name would cost the search for similar names seconds, and be echoed back whole. */
    @Test
    void overLongTextIsRejectedBeforeParsing() {
        String longest = "a".repeat(VoiceSpec.MAX_CHARS);

        assertThat(VoiceSpec.parse(longest).terms()).hasSize(1);
        assertThatThrownBy(() -> VoiceSpec.parse(longest + "a")).isInstanceOf(InvalidVoiceSpecException.class)
                .hasMessageContaining("at most " + VoiceSpec.MAX_CHARS).message().hasSizeLessThan(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"af_bella-af_sky", "af_bella(1)-af_sky(2)", "af_bella(0.5)-af_sky-am_adam(0.5)"})
    void zeroOrNegativeSignedTotalIsRejected(String text) {
        VoiceSpec spec = VoiceSpec.parse(text);

        assertThatThrownBy(spec::coefficients).isInstanceOfSatisfying(InvalidVoiceSpecException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid_voice_weight");
            assertThat(e.param()).isEqualTo("voice");
        });
    }

    /**
     * Found by VoiceSpecFuzzTest: weights near the largest double once added up to infinity, which made every
     * coefficient 0 (a silent voice), or, with a subtraction, a 500 for a voice table of infinities.
     */
    @Test
    void weightsNearTheLargestDoubleStillAddUpToOne() {
        String huge = "1".repeat(308);

        assertThat(VoiceSpec.parse("af_bella(" + huge + ")+af_sky(" + huge + ")").coefficients())
                .containsExactly(new double[] {0.5, 0.5}, within(1e-12));
        assertThatThrownBy(() -> VoiceSpec.parse("af_bella+af_sky(" + huge + ")+af_bella-am_adam(" + huge + ")")
                .coefficients()).isInstanceOfSatisfying(InvalidVoiceSpecException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid_voice_weight"));
    }

    /** Weights that cancel out to almost nothing would scale the voices past any voice, or past a float. */
    @ParameterizedTest
    @ValueSource(strings = {"af_bella-af_sky(0.99999999)", "af_bella-af_sky+am_adam(0.000000000001)"})
    void weightsThatNearlyCancelOutAreRejected(String text) {
        VoiceSpec spec = VoiceSpec.parse(text);

        assertThatThrownBy(spec::coefficients).isInstanceOfSatisfying(InvalidVoiceSpecException.class,
                e -> assertThat(e.code()).isEqualTo("invalid_voice_weight"));
    }
}
