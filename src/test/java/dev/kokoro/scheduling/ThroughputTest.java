package dev.kokoro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.TsvCases;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThroughputTest {
    static Stream<Arguments> cases() {
        return TsvCases.read("/scheduling/throughput-cases.tsv", 5);
    }

    /** {@code seconds/millis} a chunk, {@code *n} repeating one n times. */
    @ParameterizedTest(name = "{4}")
    @MethodSource("cases")
    void capacityFollowsTheRecentChunks(String chunks, String workers, String limit, String capacity, String note) {
        Throughput throughput = new Throughput();
        for (String chunk : chunks.isEmpty() ? new String[0] : chunks.split(",")) {
            String[] repeat = chunk.split("\\*");
            String[] timing = repeat[0].split("/");
            for (int i = 0; i < (repeat.length > 1 ? Integer.parseInt(repeat[1]) : 1); i++) {
                throughput.record(Double.parseDouble(timing[0]), Long.parseLong(timing[1]) * 1_000_000);
            }
        }
        assertThat(throughput.liveStreams(Integer.parseInt(workers), Integer.parseInt(limit)))
                .as(note).isEqualTo(Integer.parseInt(capacity));
    }
}
