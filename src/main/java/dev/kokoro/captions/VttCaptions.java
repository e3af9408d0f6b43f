package dev.kokoro.captions;

import java.util.List;

/** WebVTT: a {@code WEBVTT} header, then cues timed {@code 00:00:01.250 --> 00:00:02.000}. */
public final class VttCaptions implements CaptionFormat {
    @Override
    public String render(List<Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            out.append(CueTime.timing(cue, '.')).append('\n');
            // "-->" would end the cue timing line early in a strict parser; & and < start markup.
            cue.lines().forEach(line -> out.append(line.replace("&", "&amp;").replace("<", "&lt;")
                    .replace("-->", "--&gt;")).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }
}
