package dev.kokoro.api;

import dev.kokoro.audio.Pcm;
import dev.kokoro.captions.TimedWord;
import dev.kokoro.speech.WordTiming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Word timings as the captioned-speech JSON shows them: seconds, the word as written, and what was said. */
final class WordTimestamps {
    private WordTimestamps() {
    }

    /** {@code [{"word", "start_time", "end_time", "spoken"?}]}, "spoken" only where it differs from the word. */
    static List<Map<String, Object>> json(List<WordTiming> words) {
        return words.stream().map(w -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("word", w.word().written());
            entry.put("start_time", seconds(w.startSample()));
            entry.put("end_time", seconds(w.endSample()));
            if (w.word().spoken() != null) {
                entry.put("spoken", w.word().spoken());
            }
            return entry;
        }).toList();
    }

    /** The words with their punctuation, as captions show them. */
    static List<TimedWord> forCaptions(List<WordTiming> words) {
        return words.stream().map(w -> new TimedWord(w.word().inText(), seconds(w.startSample()),
                seconds(w.endSample()))).toList();
    }

    private static double seconds(long samples) {
        return (double) samples / Pcm.SAMPLE_RATE;
    }
}
