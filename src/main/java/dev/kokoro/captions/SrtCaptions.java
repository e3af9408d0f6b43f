package dev.kokoro.captions;

import java.util.List;
import java.util.Locale;

/** SubRip: numbered cues, {@code 00:00:01,250 --> 00:00:02,000}. */
public final class SrtCaptions implements CaptionFormat {
    @Override
    public String render(List<Cue> cues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(time(cue.start())).append(" --> ").append(time(cue.end())).append('\n')
                    .append(String.join("\n", cue.lines())).append("\n\n");
        }
        return out.toString();
    }

    private static String time(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d,%03d",
                millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
    }
}
