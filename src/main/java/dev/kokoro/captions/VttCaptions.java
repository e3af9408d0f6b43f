package dev.kokoro.captions;

import java.util.List;
import java.util.Locale;

/** WebVTT: a {@code WEBVTT} header, then cues timed {@code 00:00:01.250 --> 00:00:02.000}. */
public final class VttCaptions implements CaptionFormat {
    @Override
    public String render(List<Cue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            out.append(time(cue.start())).append(" --> ").append(time(cue.end())).append('\n');
            // "-->" would end the cue timing line early in a strict parser; & and < start markup.
            cue.lines().forEach(line -> out.append(line.replace("&", "&amp;").replace("<", "&lt;")
                    .replace("-->", "--&gt;")).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static String time(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d",
                millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
    }
}
