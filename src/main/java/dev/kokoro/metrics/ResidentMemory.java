package dev.kokoro.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code process_resident_memory_bytes}: the memory the process holds in RAM, from Linux's
 * {@code /proc/self/status}. The JVM's meters miss what ONNX Runtime and FFmpeg allocate natively, which is most of a
 * server's footprint (the model's weights and arenas), and what a container's memory limit counts.
 */
final class ResidentMemory {
    private static final Logger log = LoggerFactory.getLogger(ResidentMemory.class);
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final String FIELD = "VmRSS:";

    private ResidentMemory() {
    }

    /** Registers the gauge where {@code /proc} tells the resident size (Linux); elsewhere there is none. */
    static void bindTo(MeterRegistry registry) {
        if (Double.isNaN(read(STATUS))) {
            log.debug("No {} in {}: no resident memory gauge", FIELD, STATUS);
            return;
        }
        Gauge.builder("process.resident.memory", () -> read(STATUS))
                .description("Resident set size of the process (VmRSS), native memory included")
                .baseUnit("bytes")
                .register(registry);
    }

    /** The {@code VmRSS} line of a {@code /proc/<pid>/status} file in bytes, or NaN without one. */
    static double read(Path status) {
        List<String> lines;
        try {
            lines = Files.readAllLines(status);
        } catch (IOException e) {
            return Double.NaN;
        }
        for (String line : lines) {
            if (line.startsWith(FIELD)) {
                // "VmRSS:	  123456 kB": the kernel always counts it in kB.
                String[] parts = line.substring(FIELD.length()).strip().split("\\s+");
                return Long.parseLong(parts[0]) * 1024.0;
            }
        }
        return Double.NaN;
    }
}
