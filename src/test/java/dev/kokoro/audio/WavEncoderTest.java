package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WavEncoderTest {
    @Test
    void knownLengthHeaderHasExactSizes() throws IOException {
        short[] samples = Sine.samples(36_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioEncoder encoder = AudioFormat.WAV.newEncoder(samples.length)) {
            encoder.encode(Arrays.copyOf(samples, 1000), out);
            encoder.encode(Arrays.copyOfRange(samples, 1000, samples.length), out);
            encoder.finish(out);
        }
        byte[] wav = out.toByteArray();
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(wav).hasSize(44 + 72_000);
        assertThat(ascii(wav, 0)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(72_036);
        assertThat(ascii(wav, 8)).isEqualTo("WAVE");
        assertThat(ascii(wav, 12)).isEqualTo("fmt ");
        assertThat(header.getInt(16)).isEqualTo(16);
        assertThat(header.getShort(20)).isEqualTo((short) 1); // PCM
        assertThat(header.getShort(22)).isEqualTo((short) 1); // mono
        assertThat(header.getInt(24)).isEqualTo(24_000);
        assertThat(header.getInt(28)).isEqualTo(48_000); // bytes per second
        assertThat(header.getShort(32)).isEqualTo((short) 2); // block align
        assertThat(header.getShort(34)).isEqualTo((short) 16);
        assertThat(ascii(wav, 36)).isEqualTo("data");
        assertThat(header.getInt(40)).isEqualTo(72_000);
        assertThat(header.getShort(44)).isEqualTo(samples[0]);
        assertThat(header.getShort(44 + 2 * 1234)).isEqualTo(samples[1234]);
    }

    @Test
    void aResampledFileDeclaresItsRateAndHoldsTheRoundedSampleCount() throws IOException {
        byte[] wav = new AudioOutput(AudioFormat.WAV, 22_050, false).encodeWhole(Sine.samples(1_001));
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(header.getInt(24)).isEqualTo(22_050);
        assertThat(header.getInt(28)).isEqualTo(44_100); // bytes per second
        assertThat(header.getInt(40)).isEqualTo(2 * 920); // 1001 * 22050 / 24000 = 919.66 samples
        assertThat(wav).hasSize(44 + 2 * 920);
    }

    @Test
    void streamingHeaderSaysUnknownLengthAndGoesOutWithTheFirstSamples() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioEncoder encoder = AudioFormat.WAV.newEncoder(-1)) {
            encoder.encode(Sine.samples(10), out);

            ByteBuffer header = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
            assertThat(out.size()).isEqualTo(44 + 20);
            assertThat(header.getInt(4)).isEqualTo(0xFFFF_FFFF);
            assertThat(header.getInt(40)).isEqualTo(0xFFFF_FFFF);
        }
    }

    @Test
    void emptyAudioIsAHeaderOnly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioEncoder encoder = AudioFormat.WAV.newEncoder(0)) {
            encoder.finish(out);
        }
        ByteBuffer header = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(out.size()).isEqualTo(44);
        assertThat(header.getInt(4)).isEqualTo(36);
        assertThat(header.getInt(40)).isZero();
    }

    @Test
    void samplesBeyondTheAnnouncedLengthAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioEncoder encoder = AudioFormat.WAV.newEncoder(100)) {
            encoder.encode(new short[60], out);

            assertThatThrownBy(() -> encoder.encode(new short[41], out)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> encoder.finish(out)).isInstanceOf(IllegalStateException.class);
        }
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
