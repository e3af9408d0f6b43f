package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kokoro.captions.CaptionFormat;
import dev.kokoro.captions.CueBuilder;
import dev.kokoro.captions.SrtCaptions;
import dev.kokoro.captions.VttCaptions;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.speech.WordTiming;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields {@code POST /dev/captioned_speech} adds to a speech request: whether to return word timestamps
 * (default true) and a caption file format ({@code "srt"} or {@code "vtt"}) to add.
 */
record CaptionOptions(@JsonProperty("return_timestamps") Boolean returnTimestamps,
                      @JsonProperty("caption_format") String captionFormat) {

    boolean timestamps() {
        return returnTimestamps == null || returnTimestamps;
    }

    /** These options, once their values are known to be valid: checked before any synthesis starts. */
    CaptionOptions checked() {
        captions();
        return this;
    }

    private Optional<CaptionFormat> captions() {
        if (captionFormat == null) {
            return Optional.empty();
        }
        return switch (captionFormat.strip().toLowerCase(Locale.ROOT)) {
            case "srt" -> Optional.of(new SrtCaptions());
            case "vtt" -> Optional.of(new VttCaptions());
            default -> throw new InvalidInputException("'caption_format' must be 'srt' or 'vtt', was '"
                    + captionFormat + "'.", "caption_format", "invalid_caption_format");
        };
    }

    /** The caption file of these words, when one was asked for. */
    Optional<String> render(List<WordTiming> words) {
        return captions().map(format -> format.render(CueBuilder.cues(WordTimestamps.forCaptions(words))));
    }
}
