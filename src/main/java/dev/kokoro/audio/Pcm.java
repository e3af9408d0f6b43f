package dev.kokoro.audio;

import dev.kokoro.engine.KokoroModel;

/**
 * The PCM the whole pipeline speaks: 24 kHz, mono, signed 16-bit, and the few sample-level
 * operations between the model's float output and the encoders. Stateless, so thread-safe.
 */
public final class Pcm {
    /** The model's output rate, which the pipeline keeps until an encoder resamples on the way out. */
    public static final int SAMPLE_RATE = KokoroModel.SAMPLE_RATE;

    /** Float full scale maps to 2^15, the same factor the encoders use to turn int16 back into float. */
    private static final float INT16_SCALE = 32_768f;

    private Pcm() {
    }

    /**
     * Scales float samples (nominally in [-1, 1]) by {@code gain} and rounds them to int16,
     * clipping to [-32768, 32767] so a loud voice or a large gain saturates instead of wrapping.
     * NaN becomes 0.
     */
    public static short[] toInt16(float[] samples, float gain) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            int value = Math.round(samples[i] * gain * INT16_SCALE);
            out[i] = (short) Math.clamp(value, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        return out;
    }

    /** The inverse of {@link #toInt16} at gain 1: int16 samples as floats in [-1, 1). */
    public static float[] toFloat(short[] samples) {
        float[] out = new float[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = samples[i] / INT16_SCALE;
        }
        return out;
    }

    /**
     * Fades the first and last {@code fadeSamples} samples in place with a raised-cosine ramp
     * (gain 0 at the outermost sample), so chunks joined end to end never click. A chunk shorter
     * than two fades gets half its length of fade on each side.
     */
    public static void fadeEdges(float[] samples, int fadeSamples) {
        if (fadeSamples < 0) {
            throw new IllegalArgumentException("fadeSamples must be >= 0: " + fadeSamples);
        }
        int length = Math.min(fadeSamples, samples.length / 2);
        int last = samples.length - 1;
        for (int i = 0; i < length; i++) {
            float gain = (float) (0.5 * (1 - Math.cos(Math.PI * i / length)));
            samples[i] *= gain;
            samples[last - i] *= gain;
        }
    }

    /** A block of digital silence. */
    public static short[] silence(int samples) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be >= 0: " + samples);
        }
        return new short[samples];
    }

    /** The number of samples closest to {@code millis} milliseconds at {@link #SAMPLE_RATE}. */
    public static int millisToSamples(double millis) {
        return Math.toIntExact(Math.round(millis * SAMPLE_RATE / 1000.0));
    }

    /** The samples as little-endian bytes, the byte order of WAV and of the raw pcm format. */
    static byte[] toLittleEndian(short[] samples) {
        byte[] bytes = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }
}
