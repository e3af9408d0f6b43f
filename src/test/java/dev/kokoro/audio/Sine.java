package dev.kokoro.audio;

/** Test signal: a pure tone at {@link Pcm#SAMPLE_RATE}. */
final class Sine {
    static final double FREQUENCY = 220;
    static final double AMPLITUDE = 0.5;

    private Sine() {
    }

    static short[] samples(int count) {
        short[] samples = new short[count];
        for (int i = 0; i < count; i++) {
            samples[i] = (short) Math.round(AMPLITUDE * 32_767 * Math.sin(2 * Math.PI * FREQUENCY * i / Pcm.SAMPLE_RATE));
        }
        return samples;
    }

    /** Frequency from the upward zero crossings of {@code samples[from, to)}. */
    static double measuredFrequency(float[] samples, int from, int to, int sampleRate) {
        int first = -1;
        int last = -1;
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if (samples[i - 1] < 0 && samples[i] >= 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
                crossings++;
            }
        }
        return crossings < 2 ? 0 : (crossings - 1) * (double) sampleRate / (last - first);
    }
}
