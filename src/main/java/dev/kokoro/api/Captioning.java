package dev.kokoro.api;

import dev.kokoro.captions.CaptionFormat;
import dev.kokoro.captions.CueBuilder;
import dev.kokoro.speech.WordTiming;
import java.util.List;
import java.util.Optional;

/**
 * What a captioned-speech answer carries besides its audio, once the request is checked.
 *
 * @param timestamps whether the word timestamps are returned
 * @param format     the caption file to add, if one was asked for
 */
record Captioning(boolean timestamps, Optional<CaptionFormat> format) {
    /** The caption file of these words, when one was asked for. */
    Optional<String> render(List<WordTiming> words) {
        return format.map(f -> f.render(CueBuilder.cues(WordTimestamps.forCaptions(words))));
    }
}
