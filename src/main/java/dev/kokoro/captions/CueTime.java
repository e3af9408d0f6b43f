package dev.kokoro.captions;

import java.util.Locale;

/**
 * A cue's timing line as caption files write it, {@code hh:mm:ss} and milliseconds after the format's
 * separator: {@code 00:00:01,250 --> 00:00:02,000}.
 */
final class CueTime {
    private CueTime() {
    }

    static String timing(Cue cue, char millisSeparator) {
        return format(cue.start(), millisSeparator) + " --> " + format(cue.end(), millisSeparator);
    }

    private static String format(double seconds, char millisSeparator) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d",
                millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millisSeparator, millis % 1000);
    }
}
