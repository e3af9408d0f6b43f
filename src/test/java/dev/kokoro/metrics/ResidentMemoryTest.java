package dev.kokoro.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentMemoryTest {
    @Test
    void readsVmRssInKilobytesAsBytes(@TempDir Path dir) throws Exception {
        Path status = Files.writeString(dir.resolve("status"),
                "Name:\tjava\nVmPeak:\t 9000000 kB\nVmRSS:\t  123456 kB\nRssAnon:\t  100000 kB\n");
        assertThat(ResidentMemory.read(status)).isEqualTo(123456 * 1024.0);
    }

    @Test
    void isNotANumberWithoutTheField(@TempDir Path dir) throws Exception {
        assertThat(ResidentMemory.read(Files.writeString(dir.resolve("status"), "Name:\tjava\n"))).isNaN();
        assertThat(ResidentMemory.read(dir.resolve("missing"))).isNaN();
    }

    @Test
    void thisProcessHasOne() {
        assertThat(ResidentMemory.read(Path.of("/proc/self/status"))).isGreaterThan(1e6);
    }
}
