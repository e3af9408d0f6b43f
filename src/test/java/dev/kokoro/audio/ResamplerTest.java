package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 24 kHz to every other output rate through swresample, chunk by chunk as a response streams. */
class ResamplerTest {
    /** Uneven chunks, some shorter than the filter, one empty: 1.65 s in all. */
    private static final int[] CHUNKS = {1, 479, 4_800, 7, 0, 23_000, 11_213};
    private static final int TOTAL = Arrays.stream(CHUNKS).sum();

    @Test
    void outputLengthIsTheInputsDurationRoundedToTheNearestSample() {
        assertThat(Resampler.outputLength(36_000, 8_000)).isEqualTo(12_000);
        assertThat(Resampler.outputLength(36_000, 22_050)).isEqualTo(33_075);
        assertThat(Resampler.outputLength(1_001, 22_050)).isEqualTo(920); // 919.66
        assertThat(Resampler.outputLength(1, 8_000)).isEqualTo(0); // a third of a sample
        assertThat(Resampler.outputLength(2, 8_000)).isEqualTo(1); // two thirds
        assertThat(Resampler.outputLength(1, 48_000)).isEqualTo(2);
        assertThat(Resampler.outputLength(0, 44_100)).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {8_000, 16_000, 22_050, 44_100, 48_000})
    void chunksComeOutAsExactlyTheRoundedLength(int rate) {
        short[] out = resampleInChunks(Sine.samples(TOTAL), rate);

        assertThat(out).hasSize((int) Resampler.outputLength(TOTAL, rate));
    }

    @ParameterizedTest
    @ValueSource(ints = {8_000, 16_000, 22_050, 44_100, 48_000})
    void chunkJoinsLeaveNoTraceTheOutputIsTheSameAsInOneGo(int rate) {
        short[] input = Sine.samples(TOTAL);
        short[] whole;
        try (Resampler resampler = new Resampler(rate)) {
            whole = concat(resampler.resample(input), resampler.drain());
        }

        assertThat(resampleInChunks(input, rate)).isEqualTo(whole);
    }

    @ParameterizedTest
    @ValueSource(ints = {8_000, 16_000, 22_050, 44_100, 48_000})
    void aToneKeepsItsPitchLoudnessAndSmoothness(int rate) {
        short[] out = resampleInChunks(Sine.samples(TOTAL), rate);
        float[] samples = Pcm.toFloat(out);
        int margin = rate / 20; // the filter's ramp at both ends

        assertThat(Sine.measuredFrequency(samples, margin, samples.length - margin, rate))
                .isCloseTo(Sine.FREQUENCY, within(0.2));
        double sumSquares = 0;
        for (int i = margin; i < samples.length - margin; i++) {
            sumSquares += samples[i] * samples[i];
        }
        assertThat(Math.sqrt(sumSquares / (samples.length - 2 * margin)))
                .isCloseTo(Sine.AMPLITUDE / Math.sqrt(2), within(0.005));
        // No click (three chunk joins lie in here): no step between neighbours beyond the tone's steepest slope,
        // plus rounding. The outer margins hold the filter's ringing on the tone's abrupt start and end.
        double steepest = 2 * Math.PI * Sine.FREQUENCY / rate * Sine.AMPLITUDE * 32_767;
        for (int i = margin; i < out.length - margin; i++) {
            assertThat(Math.abs(out[i] - out[i - 1])).as("step at %d of %d", i, out.length)
                    .isLessThanOrEqualTo((int) Math.ceil(steepest * 1.02) + 2);
        }
    }

    @Test
    void anEmptyResponseStaysEmptyAndClosingTwiceIsSafe() {
        Resampler resampler = new Resampler(8_000);

        assertThat(resampler.resample(new short[0])).isEmpty();
        assertThat(resampler.drain()).isEmpty();
        resampler.close();
        resampler.close();
        assertThatThrownBy(() -> resampler.resample(new short[10])).isInstanceOf(IllegalStateException.class);
    }

    private static short[] resampleInChunks(short[] input, int rate) {
        short[] out = new short[0];
        try (Resampler resampler = new Resampler(rate)) {
            int offset = 0;
            for (int chunk : CHUNKS) {
                out = concat(out, resampler.resample(Arrays.copyOfRange(input, offset, offset + chunk)));
                offset += chunk;
            }
            return concat(out, resampler.drain());
        }
    }

    private static short[] concat(short[] a, short[] b) {
        short[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
