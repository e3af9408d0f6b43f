package dev.kokoro.engine;

/**
 * The Kokoro acoustic model: phoneme token ids plus a voice style in, 24 kHz audio out.
 * Implementations are safe for concurrent calls.
 */
public interface KokoroModel extends AutoCloseable {
    /** Samples per second of the audio out: the one place the server writes down Kokoro's 24 kHz. */
    int SAMPLE_RATE = 24_000;
    /** Token ids one run accepts, not counting the two pad tokens the model adds (its context is 512). */
    int MAX_TOKENS = 510;
    /** Token ids are below this (Kokoro v1.0's {@code n_token}). */
    int VOCAB_SIZE = 178;
    int STYLE_SIZE = 256;
    /** Audio samples per duration frame. */
    int SAMPLES_PER_FRAME = 600;

    /**
     * Runs the model once.
     *
     * @param phonemeTokenIds at most {@link #MAX_TOKENS} ids in [0, {@link #VOCAB_SIZE}), without padding
     * @param style           {@link #STYLE_SIZE} floats, the voice pack row for this many tokens
     * @param speed           greater than 0; 1 is normal, 2 twice as fast
     * @throws IllegalArgumentException        when the arguments break these limits (a caller bug)
     * @throws dev.kokoro.error.SynthesisFailedException when ONNX Runtime fails on valid input
     */
    default ModelOutput infer(int[] phonemeTokenIds, float[] style, float speed) {
        return infer(phonemeTokenIds, style, speed, RunStopper.NEVER);
    }

    /**
     * Runs the model once, unless {@code stopper} stops the run first.
     *
     * @throws RunStoppedException when the run was stopped before it finished
     * @see #infer(int[], float[], float)
     */
    ModelOutput infer(int[] phonemeTokenIds, float[] style, float speed, RunStopper stopper);

    /** {@link #infer} without the durations. */
    default float[] synthesize(int[] phonemeTokenIds, float[] style, float speed) {
        return infer(phonemeTokenIds, style, speed).audio();
    }

    ModelInfo info();

    /** Whether the weights are in memory now; a model that frees them when idle loads them on its next run. */
    default boolean loaded() {
        return true;
    }

    /** Releases the native session; call only once no {@link #infer} is running. */
    @Override
    void close();
}
