package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.FfmpegCli;
import dev.kokoro.testing.TsvCases;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether a file decodes to exactly the audio that was encoded: a whole file carries what a decoder needs to trim
 * the codec's delay and padding (FLAC's length, MP3's Xing/LAME frame); a stream decodes longer by them.
 */
class DecodedLengthTest {
    /** 1.5 s in uneven chunks that straddle every codec's frame size. */
    private static final int[] CHUNKS = {1000, 7000, 23000, 5000};
    private static final int TOTAL = 36_000;
    private static final String FLAC_MAGIC = "fLaC";

    static Stream<Arguments> cases() {
        return TsvCases.read("/audio/decoded-length-cases.tsv", 4);
    }

    @ParameterizedTest(name = "{0} at {1} Hz, whole {2}: {3} extra")
    @MethodSource("cases")
    void decodesToTheEncodedLengthPlusWhatTheFormatCannotSay(String format, String rate, String whole, String extra)
            throws IOException {
        AudioOutput output = AudioOutput.of(AudioFormat.parse(format, "response_format"), Integer.parseInt(rate), null);
        byte[] file = AudioEncoderTest.encodeInChunks(output.newEncoder(Boolean.parseBoolean(whole) ? TOTAL : -1),
                Sine.samples(TOTAL), CHUNKS);

        FfmpegCli.Decoded decoded = FfmpegCli.decode(file, List.of());

        long encoded = Resampler.outputLength(TOTAL, output.sampleRate());
        assertThat(decoded.samples().length - encoded).isEqualTo(Long.parseLong(extra));
    }

    @Test
    void aWholeFlacFileDeclaresItsLengthAndAStreamDeclaresNone() throws IOException {
        assertThat(streamInfoTotalSamples(AudioEncoderTest.encodeInChunks(AudioFormat.FLAC.newEncoder(TOTAL),
                Sine.samples(TOTAL), CHUNKS))).isEqualTo(TOTAL);
        assertThat(streamInfoTotalSamples(AudioEncoderTest.encodeInChunks(AudioFormat.FLAC.newEncoder(-1),
                Sine.samples(TOTAL), CHUNKS))).isZero();
    }

    /** STREAMINFO's 36-bit total sample count: the first metadata block, after the magic and the block header. */
    private static long streamInfoTotalSamples(byte[] flac) {
        assertThat(new String(flac, 0, 4, StandardCharsets.US_ASCII)).isEqualTo(FLAC_MAGIC);
        long bits = ByteBuffer.wrap(flac, 8 + 10, 8).getLong(); // sample rate, channels, bits, total samples, ...
        return bits & 0xF_FFFF_FFFFL;
    }
}
