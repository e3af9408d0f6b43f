package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.testing.TsvCases;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AudioOutputTest {
    static Stream<Arguments> cases() {
        return TsvCases.read("/audio/output-cases.tsv", 4);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @MethodSource("cases")
    void requestFieldsMakeAnOutputOrNameTheFieldAtFault(String format, String rate, String container, String expected) {
        String[] want = expected.split(" ");
        Integer sampleRate = rate.isEmpty() ? null : Integer.valueOf(rate);
        String containerField = container.isEmpty() ? null : container;
        AudioFormat audioFormat = AudioFormat.parse(format, "response_format");

        if (want[0].equals("400")) {
            assertThatThrownBy(() -> AudioOutput.of(audioFormat, sampleRate, containerField))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.param()).isEqualTo(want[1]);
                        assertThat(e.code()).isEqualTo(want[2]);
                    });
        } else {
            AudioOutput output = AudioOutput.of(audioFormat, sampleRate, containerField);
            assertThat(output.sampleRate()).isEqualTo(Integer.parseInt(want[0]));
            assertThat(output.contentType()).isEqualTo(want[1]);
            assertThat(output.fileExtension()).isEqualTo(want[2]);
            assertThat(output.id()).isEqualTo(audioFormat.id());
        }
    }

    @Test
    void errorsListWhatIsAccepted() {
        assertThatThrownBy(() -> AudioOutput.of(AudioFormat.MP3, 11_025, null))
                .hasMessageContaining("8000, 16000, 22050, 24000, 44100, 48000");
        assertThatThrownBy(() -> AudioOutput.of(AudioFormat.OPUS, 44_100, null))
                .hasMessageContaining("8000, 16000, 24000, 48000");
    }

    @Test
    void aFormatAloneIsItsDefaultRateBare() {
        assertThat(AudioOutput.of(AudioFormat.MP3)).isEqualTo(new AudioOutput(AudioFormat.MP3, 24_000, false));
        assertThat(AudioOutput.of(AudioFormat.ALAW)).isEqualTo(new AudioOutput(AudioFormat.ALAW, 8_000, false));
        assertThatThrownBy(() -> new AudioOutput(AudioFormat.WAV, 24_000, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
