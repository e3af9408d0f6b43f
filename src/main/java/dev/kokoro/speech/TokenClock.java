package dev.kokoro.speech;

import dev.kokoro.engine.KokoroModel;
import java.util.Optional;

/**
 * Where each phoneme token of a model call starts in its audio. With the model's durations (frames per token,
 * the two pad tokens included) the times are the model's own; an export without them gets every token an
 * equal share of the audio.
 */
final class TokenClock {
    /** Sample at which token k starts, k = 0..tokens (tokens = the end of the last one). */
    private final long[] starts;

    private TokenClock(long[] starts) {
        this.starts = starts;
    }

    static TokenClock of(int tokens, Optional<int[]> durations, int audioSamples) {
        long[] starts = new long[tokens + 1];
        if (durations.isPresent() && durations.get().length == tokens + 2) {
            int[] frames = durations.get();
            long at = frames[0];
            for (int k = 0; k <= tokens; k++) {
                starts[k] = Math.min(audioSamples, at * KokoroModel.SAMPLES_PER_FRAME);
                if (k < tokens) {
                    at += frames[k + 1];
                }
            }
        } else {
            for (int k = 0; k <= tokens; k++) {
                starts[k] = (long) audioSamples * (k + 1) / (tokens + 2);
            }
        }
        return new TokenClock(starts);
    }

    WordTiming time(WordSpan span) {
        return new WordTiming(span.word(), starts[span.from()], starts[span.to()]);
    }
}
