package dev.kokoro.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Whether stderr is a terminal someone is watching. Progress is drawn there only then, never into a pipe
 * or a log file. {@code System.console()} cannot tell: it looks at stdin and stdout, and stdout is a pipe
 * exactly when the audio streams to a player while the person watches stderr.
 */
final class Terminal {
    private static final int STDERR = 2;

    private Terminal() {
    }

    /** The one C call needed. */
    interface C extends Library {
        int isatty(int fd);
    }

    static boolean stderrIsTerminal() {
        try {
            return Native.load(Platform.C_LIBRARY_NAME, C.class).isatty(STDERR) == 1;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return System.console() != null; // no C library to ask: the JDK's coarser answer
        }
    }
}
