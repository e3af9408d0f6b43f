package dev.kokoro.captions;

import java.util.List;

/** SubRip: numbered cues, {@code 00:00:01,250 --> 00:00:02,000}. */
public final class SrtCaptions implements CaptionFormat {
    @Override
    public String render(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(CueTime.timing(cue, ',')).append('\n')
                    .append(String.join("\n", cue.lines())).append("\n\n");
        }
        return out.toString();
    }
}
