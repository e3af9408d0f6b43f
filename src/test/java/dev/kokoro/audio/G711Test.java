package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.FfmpegCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** G.711 mu-law and A-law, bare and in WAV, judged by the ffmpeg command-line tool. */
class G711Test {
    /** Every int16 value once, in chunks that do not line up with anything. */
    private static final short[] EVERY_VALUE = everyValue();
    private static final int[] CHUNKS = {1, 1023, 1025, 30_000, 33_487};

    @ParameterizedTest
    @CsvSource({"MULAW, pcm_mulaw, mulaw", "ALAW, pcm_alaw, alaw"})
    void everySampleValueEncodesToTheByteFfmpegMakes(AudioFormat format, String codec, String muxer) throws IOException {
        byte[] ours = encodeInChunks(format.encoderAt(SampleRates.TELEPHONY, -1, false));

        assertThat(ours).hasSize(EVERY_VALUE.length);
        assertThat(ours).isEqualTo(FfmpegCli.encode(EVERY_VALUE, SampleRates.TELEPHONY, codec, muxer));
    }

    @ParameterizedTest
    @CsvSource({"MULAW, pcm_mulaw, 7", "ALAW, pcm_alaw, 6"})
    void inWavTheHeaderNamesTheLawAndFfmpegDecodesTheSameSamples(AudioFormat format, String codec, int formatTag)
            throws IOException {
        byte[] bare = encodeInChunks(format.encoderAt(SampleRates.TELEPHONY, -1, false));
        byte[] wav = encodeInChunks(format.encoderAt(SampleRates.TELEPHONY, EVERY_VALUE.length, true));
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ascii(wav, 0)).isEqualTo("RIFF");
        assertThat(header.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(ascii(wav, 12)).isEqualTo("fmt ");
        assertThat(header.getInt(16)).isEqualTo(18);
        assertThat(header.getShort(20)).isEqualTo((short) formatTag);
        assertThat(header.getShort(22)).isEqualTo((short) 1); // mono
        assertThat(header.getInt(24)).isEqualTo(8_000);
        assertThat(header.getInt(28)).isEqualTo(8_000); // bytes per second
        assertThat(header.getShort(32)).isEqualTo((short) 1); // block align
        assertThat(header.getShort(34)).isEqualTo((short) 8); // bits per sample
        assertThat(header.getShort(36)).isZero(); // cbSize
        assertThat(ascii(wav, 38)).isEqualTo("fact");
        assertThat(header.getInt(46)).isEqualTo(EVERY_VALUE.length);
        assertThat(ascii(wav, 50)).isEqualTo("data");
        assertThat(header.getInt(54)).isEqualTo(EVERY_VALUE.length);
        assertThat(Arrays.copyOfRange(wav, 58, wav.length)).isEqualTo(bare);

        FfmpegCli.Decoded fromWav = FfmpegCli.decode(wav, List.of());
        FfmpegCli.Decoded fromBare = FfmpegCli.decode(bare, List.of("-f", format.id(), "-ar", "8000", "-ac", "1"));
        assertThat(fromWav.codec()).isEqualTo(codec);
        assertThat(fromWav.sampleRate()).isEqualTo(8_000);
        assertThat(fromWav.samples()).isEqualTo(fromBare.samples());
        assertThat(fromBare.samples()).hasSize(EVERY_VALUE.length);
    }

    @ParameterizedTest
    @CsvSource({"MULAW", "ALAW"})
    void streamedWavSaysUnknownLengthAndStillDecodesToTheEnd(AudioFormat format) throws IOException {
        byte[] wav = encodeInChunks(format.encoderAt(SampleRates.TELEPHONY, -1, true));
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(header.getInt(4)).isEqualTo(0xFFFF_FFFF);
        assertThat(header.getInt(46)).isEqualTo(0xFFFF_FFFF);
        assertThat(header.getInt(54)).isEqualTo(0xFFFF_FFFF);
        assertThat(FfmpegCli.decode(wav, List.of()).samples()).hasSize(EVERY_VALUE.length);
    }

    @ParameterizedTest
    @CsvSource({"MULAW", "ALAW"})
    void eachChunkComesOutWholeNothingHeldBack(AudioFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioEncoder encoder = format.encoderAt(SampleRates.TELEPHONY, -1, false)) {
            encoder.encode(new short[1_500], out);
            assertThat(out.size()).isEqualTo(1_500);
        }
    }

    private static byte[] encodeInChunks(AudioEncoder encoder) throws IOException {
        return AudioEncoderTest.encodeInChunks(encoder, EVERY_VALUE, CHUNKS);
    }

    private static short[] everyValue() {
        short[] values = new short[1 << 16];
        for (int i = 0; i < values.length; i++) {
            values[i] = (short) (Short.MIN_VALUE + i);
        }
        return values;
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
