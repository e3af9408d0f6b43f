package dev.kokoro;

import dev.kokoro.audio.Pcm;
import dev.kokoro.speech.WordTiming;

/**
 * When a word of the input is heard.
 *
 * @param word   the word as written ("40–60°C")
 * @param spoken what was said for it ("forty to sixty degrees Celsius"), or null when the same
 * @param start  seconds from the start of the whole audio
 * @param end    seconds from the start of the whole audio; equal to {@code start} for a word with no sound
 */
public record WordTime(String word, String spoken, double start, double end) {
    static WordTime of(WordTiming timing) {
        return new WordTime(timing.word().written(), timing.word().spoken(),
                (double) timing.startSample() / Pcm.SAMPLE_RATE, (double) timing.endSample() / Pcm.SAMPLE_RATE);
    }
}
