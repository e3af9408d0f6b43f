package dev.kokoro.captions;

import java.util.List;

/** Writes cues as the text of one caption file format. */
public interface CaptionFormat {
    String render(List<Cue> cues);
}
