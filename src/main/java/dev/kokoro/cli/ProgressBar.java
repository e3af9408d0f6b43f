package dev.kokoro.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place, drawn only when stderr is a terminal and erased when
 * done so that the closing line takes its place. Elsewhere (a pipe, a log file) it draws nothing at all.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;
    /** Redraws at most ten times a second: a terminal is slower than a stream of small chunks. */
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final String ERASE_LINE = "\r\033[K";

    private final PrintWriter err;
    private final boolean active;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintWriter err, boolean active) {
        this.err = err;
        this.active = active;
    }

    /** A bar that draws when stderr is a terminal and {@code wanted} (e.g. the input is long enough to wait for). */
    static ProgressBar onTerminal(PrintWriter err, boolean wanted) {
        return new ProgressBar(err, wanted && Terminal.stderrIsTerminal());
    }

    /** Shows how far the work has got, from 0 to 1, with a few words after the bar. */
    void show(double fraction, String detail) {
        if (!active) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        double f = Math.clamp(fraction, 0.0, 1.0);
        int filled = (int) Math.round(f * WIDTH);
        err.print(ERASE_LINE + "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3.0f%%", f * 100) + "  " + detail);
        err.flush();
        lastDraw = now;
        drawn = true;
    }

    /** A line of its own on stderr (a warning), with the bar out of its way; the bar returns at the next show. */
    void note(String line) {
        if (drawn) {
            err.print(ERASE_LINE);
            drawn = false;
        }
        err.println(line);
    }

    @Override
    public void close() {
        if (drawn) {
            err.print(ERASE_LINE);
            err.flush();
        }
    }
}
