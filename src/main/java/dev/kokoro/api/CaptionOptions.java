package dev.kokoro.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kokoro.captions.CaptionFormat;
import dev.kokoro.captions.SrtCaptions;
import dev.kokoro.captions.VttCaptions;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields {@code POST /dev/captioned_speech} adds to a speech request: whether to return word timestamps
 * (default true) and a caption file format ({@code "srt"} or {@code "vtt"}) to add.
 */
record CaptionOptions(@JsonProperty("return_timestamps") Boolean returnTimestamps,
                      @JsonProperty("caption_format") String captionFormat) {

    /** What the client asked for, checked before any synthesis starts. */
    Captioning captioning() {
        return new Captioning(returnTimestamps == null || returnTimestamps, format());
    }

    private Optional<CaptionFormat> format() {
        if (captionFormat == null) {
            return Optional.empty();
        }
        return switch (captionFormat.strip().toLowerCase(Locale.ROOT)) {
            case "srt" -> Optional.of(new SrtCaptions());
            case "vtt" -> Optional.of(new VttCaptions());
            default -> throw new InvalidInputException("'caption_format' must be 'srt' or 'vtt', was "
                    + ClientText.quote(captionFormat) + ".", "caption_format", "invalid_caption_format");
        };
    }
}
