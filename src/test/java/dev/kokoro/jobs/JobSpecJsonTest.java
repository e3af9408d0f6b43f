package dev.kokoro.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.audio.AudioOutput;
import dev.kokoro.text.normalize.NormalizationOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSpecJsonTest {
    @Test
    void aSpecStoredBeforeRatesAndContainersReadsAsTheFormatsDefaultOutput() throws Exception {
        ObjectNode stored = (ObjectNode) new ObjectMapper().readTree(JobSpecJson.write(new JobSpec("Hi.", "af_heart",
                null, 1, 1, "mulaw", true, NormalizationOptions.DEFAULTS, 8000, "wav")));
        stored.remove(List.of("sampleRate", "container"));

        JobSpec spec = JobSpecJson.read(stored.toString());

        assertThat(spec.sampleRate()).isNull();
        assertThat(spec.container()).isNull();
        assertThat(spec.output("format")).isEqualTo(new AudioOutput(AudioFormat.MULAW, 8000, false));
    }

    @Test
    void rateAndContainerRoundTrip() {
        JobSpec spec = new JobSpec("Hi.", "af_heart", null, 1, 1, "alaw", true, NormalizationOptions.DEFAULTS, 8000,
                "wav");

        JobSpec read = JobSpecJson.read(JobSpecJson.write(spec));

        assertThat(read).isEqualTo(spec);
        assertThat(read.output("format")).isEqualTo(new AudioOutput(AudioFormat.ALAW, 8000, true));
    }
}
