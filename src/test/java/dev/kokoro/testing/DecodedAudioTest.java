package dev.kokoro.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The decoder the end-to-end tests trust must notice damage, not conceal it. */
class DecodedAudioTest {
    @ParameterizedTest
    @EnumSource(value = AudioFormat.class, names = {"MP3", "OPUS", "AAC", "FLAC"})
    void countsDamageInTheMiddleOfACompressedStream(AudioFormat format) throws IOException {
        byte[] body = encodedTone(format);
        assertThat(DecodedAudio.decode(body, format.id()).decodeErrors()).isZero();

        byte[] damaged = body.clone();
        Arrays.fill(damaged, damaged.length / 2, damaged.length / 2 + 200, (byte) 0x5A);
        DecodedAudio decoded = DecodedAudio.decode(damaged, format.id());

        assertThat(decoded.decodeErrors()).as("%s", decoded).isPositive();
    }

    @Test
    void rawPcmIsTwoBytesPerSampleAndAnOddByteIsAnError() {
        DecodedAudio pcm = DecodedAudio.decode(new byte[] {0x00, 0x40, 0x00, (byte) 0xC0}, "pcm");
        assertThat(pcm.samples()).containsExactly(0.5f, -0.5f);
        assertThat(pcm.sampleRate()).isEqualTo(24_000);
        assertThat(pcm.decodeErrors()).isZero();

        assertThat(DecodedAudio.fromPcm(new byte[] {0, 0, 0}).decodeErrors()).isEqualTo(1);
    }

    @Test
    void dataInAnotherFormatThanClaimedDoesNotPassAsAudio() throws IOException {
        byte[] flac = encodedTone(AudioFormat.FLAC);

        assertThatThrownBy(() -> DecodedAudio.decode(flac, "wav")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DecodedAudio.decode(flac, "ogg")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] encodedTone(AudioFormat format) throws IOException {
        short[] samples = new short[24_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(12_000 * Math.sin(2 * Math.PI * 330 * i / 24_000.0));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioEncoder encoder = format.newEncoder(-1)) {
            encoder.encode(samples, out);
            encoder.finish(out);
        }
        return out.toByteArray();
    }
}
