package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PcmTest {
    @Test
    void toInt16ScalesByTwoToTheFifteenthAndRoundsToNearest() {
        float lsb = 1 / 32_768f;
        short[] out = Pcm.toInt16(new float[] {0f, 0.5f, -0.5f, 0.25f, lsb, 0.4f * lsb, 0.6f * lsb, -0.6f * lsb}, 1f);

        assertThat(out).containsExactly(0, 16_384, -16_384, 8_192, 1, 0, 1, -1);
    }

    @Test
    void toInt16ClipsInsteadOfWrappingAndMapsNanToSilence() {
        short[] out = Pcm.toInt16(new float[] {1f, -1f, 1.5f, -1.5f, 1e9f, -1e9f, Float.NaN}, 1f);

        assertThat(out).containsExactly(32_767, -32_768, 32_767, -32_768, 32_767, -32_768, 0);
    }

    @Test
    void toInt16AppliesTheGainBeforeClipping() {
        assertThat(Pcm.toInt16(new float[] {0.25f, -0.25f, 0.75f}, 2f)).containsExactly(16_384, -16_384, 32_767);
        assertThat(Pcm.toInt16(new float[] {0.5f}, 0.5f)).containsExactly(8_192);
        assertThat(Pcm.toInt16(new float[] {0.9f, -0.9f}, 0f)).containsExactly(0, 0);
    }

    @Test
    void fadeEdgesAppliesARaisedCosineAtBothEnds() {
        float[] samples = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

        Pcm.fadeEdges(samples, 4);

        // 0.5 * (1 - cos(pi * i / 4)) for i = 0..3, mirrored at the end; the middle is untouched.
        float a = (float) (0.5 * (1 - Math.cos(Math.PI / 4)));
        float b = (float) (0.5 * (1 - Math.cos(3 * Math.PI / 4)));
        assertThat(samples).containsExactly(new float[] {0, a, 0.5f, b, 1, 1, b, 0.5f, a, 0}, within(1e-6f));
        assertThat(a).isCloseTo(0.1464466f, within(1e-6f));
        assertThat(b).isCloseTo(0.8535534f, within(1e-6f));
    }

    @Test
    void fadeEdgesScalesSignedSamples() {
        float[] samples = {-0.8f, -0.8f, -0.8f, -0.8f};

        Pcm.fadeEdges(samples, 2);

        assertThat(samples).containsExactly(new float[] {0, -0.4f, -0.4f, 0}, within(1e-6f));
    }

    @Test
    void fadeEdgesOnAShortChunkUsesHalfOfItPerSide() {
        float[] five = {1, 1, 1, 1, 1};
        Pcm.fadeEdges(five, 100);
        assertThat(five).containsExactly(new float[] {0, 0.5f, 1, 0.5f, 0}, within(1e-6f));

        float[] one = {0.7f};
        Pcm.fadeEdges(one, 100);
        assertThat(one).containsExactly(0.7f);

        float[] none = {};
        Pcm.fadeEdges(none, 10);
        assertThat(none).isEmpty();
    }

    @Test
    void fadeEdgesWithZeroLengthLeavesSamplesAlone() {
        float[] samples = {0.3f, -0.2f, 0.1f};

        Pcm.fadeEdges(samples, 0);

        assertThat(samples).containsExactly(0.3f, -0.2f, 0.1f);
        assertThatThrownBy(() -> Pcm.fadeEdges(samples, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void silenceIsZerosOfTheRequestedLength() {
        assertThat(Pcm.silence(5)).containsExactly(0, 0, 0, 0, 0);
        assertThat(Pcm.silence(0)).isEmpty();
        assertThatThrownBy(() -> Pcm.silence(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void millisecondsConvertAtTwentyFourKilohertz() {
        assertThat(Pcm.SAMPLE_RATE).isEqualTo(24_000);
        assertThat(Pcm.millisToSamples(1000)).isEqualTo(24_000);
        assertThat(Pcm.millisToSamples(20)).isEqualTo(480);
        assertThat(Pcm.millisToSamples(0.5)).isEqualTo(12);
        assertThat(Pcm.millisToSamples(0.02)).isEqualTo(0); // 0.48 of a sample
        assertThat(Pcm.millisToSamples(0.03)).isEqualTo(1); // 0.72 of a sample
        assertThat(Pcm.millisToSamples(0)).isEqualTo(0);
    }

    @Test
    void littleEndianPutsTheLowByteFirst() {
        assertThat(Pcm.toLittleEndian(new short[] {0x1234, -2, Short.MIN_VALUE}))
                .containsExactly(0x34, 0x12, 0xFE, 0xFF, 0x00, 0x80);
    }

    @Test
    void theJoinerPutsChunksBackToBackInOrder() {
        PcmJoiner joiner = new PcmJoiner();
        joiner.add(new short[] {1, 2});
        joiner.add(new short[0]);
        joiner.add(new short[] {3});
        assertThat(joiner.length()).isEqualTo(3);
        assertThat(joiner.joined()).containsExactly(1, 2, 3);
        assertThat(joiner.length()).as("the parts are let go once joined").isZero();
        assertThat(joiner.joined()).isEmpty();
    }
}
