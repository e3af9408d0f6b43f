package dev.kokoro.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark process's memory as the kernel sees it (/proc/self/status), which counts what the JVM heap does
 * not: ONNX Runtime's arenas, FFmpeg's buffers, thread stacks. 0 where /proc is not available.
 */
final class ProcessMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessMemory() {
    }

    /** The peak resident set since the process started (VmHWM), in MB. */
    static double peakMegabytes() {
        return megabytes("VmHWM:");
    }

    /**
     * The resident set now (VmRSS), in MB, after a full collection asked of the JVM: garbage not yet collected
     * would otherwise make a quiet process look like a leaking one.
     */
    static double residentAfterGcMegabytes() {
        System.gc();
        return megabytes("VmRSS:");
    }

    private static double megabytes(String field) {
        if (!Files.exists(STATUS)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
