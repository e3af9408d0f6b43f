package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kokoro.testing.DecodedAudio;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every response format, encoded by the real encoders and decoded back by FFmpeg. */
class AudioEncoderTest {
    /** 1.5 s in uneven chunks that straddle every codec's frame size. */
    private static final int[] CHUNKS = {1000, 7000, 23000, 5000};
    private static final int TOTAL = Arrays.stream(CHUNKS).sum();

    @ParameterizedTest
    @EnumSource(AudioFormat.class)
    void streamedChunksDecodeToTheSameTone(AudioFormat format) throws IOException {
        byte[] body = encode(format, -1, Sine.samples(TOTAL));

        DecodedAudio decoded = DecodedAudio.decode(body, format.id());

        assertThat(decoded.decodeErrors()).as("%s", decoded).isZero();
        assertThat(decoded.channels()).isEqualTo(1);
        assertThat(decoded.sampleRate()).isEqualTo(format == AudioFormat.OPUS ? 48_000 : format.defaultSampleRate());
        assertDurationWithinPadding(decoded, format);
        assertIsTheTone(decoded);
    }

    @ParameterizedTest
    @EnumSource(value = AudioFormat.class, names = {"FLAC", "WAV", "PCM"})
    void losslessFormatsReturnEverySampleUnchanged(AudioFormat format) throws IOException {
        short[] input = Sine.samples(TOTAL);

        float[] decoded = DecodedAudio.decode(encode(format, -1, input), format.id()).samples();

        assertThat(decoded).hasSize(TOTAL);
        for (int i = 0; i < TOTAL; i++) {
            if (decoded[i] != input[i] / 32_768f) {
                throw new AssertionError("Sample " + i + " is " + decoded[i] * 32_768 + ", expected " + input[i]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(AudioFormat.class)
    void wholeAudioWithKnownLengthDecodesExactlyOrWithinPadding(AudioFormat format) throws IOException {
        byte[] body = encode(format, TOTAL, Sine.samples(TOTAL));

        DecodedAudio decoded = DecodedAudio.decode(body, format.id());

        assertThat(decoded.decodeErrors()).as("%s", decoded).isZero();
        assertDurationWithinPadding(decoded, format);
    }

    @ParameterizedTest
    @EnumSource(AudioFormat.class)
    void firstHalfSecondIsPlayableBeforeTheRestArrives(AudioFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioEncoder encoder = format.newEncoder(-1)) {
            encoder.encode(Sine.samples(Pcm.SAMPLE_RATE / 2), out);

            assertThat(out.size()).isPositive();
            DecodedAudio soFar = DecodedAudio.decode(out.toByteArray(), format.id());
            // Codecs keep back at most a frame or two (plus priming) until more input or finish().
            assertThat(soFar.durationSeconds()).as("%s", soFar).isGreaterThan(0.3);
        }
    }

    @ParameterizedTest
    @EnumSource(AudioFormat.class)
    void closeWithoutFinishIsSafeAndIdempotent(AudioFormat format) throws IOException {
        AudioEncoder encoder = format.newEncoder(-1);
        encoder.encode(Sine.samples(5000), new ByteArrayOutputStream());

        assertThatNoException().isThrownBy(() -> {
            encoder.close();
            encoder.close();
        });
    }

    @ParameterizedTest
    @EnumSource(value = AudioFormat.class, names = {"MP3", "OPUS", "AAC", "FLAC", "MULAW", "ALAW"})
    void clientDisconnectSurfacesAsTheStreamsIoException(AudioFormat format) {
        IOException gone = new IOException("Broken pipe");
        OutputStream disconnected = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw gone;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw gone;
            }
        };
        try (AudioEncoder encoder = format.newEncoder(-1)) {
            assertThatThrownBy(() -> encoder.encode(Sine.samples(12_000), disconnected)).isSameAs(gone);
        }
    }

    @ParameterizedTest
    @EnumSource(value = AudioFormat.class, names = {"MP3", "OPUS", "AAC", "FLAC", "MULAW", "ALAW"})
    void usingAClosedEncoderIsAnError(AudioFormat format) {
        AudioEncoder encoder = format.newEncoder(-1);
        encoder.close();

        assertThatThrownBy(() -> encoder.encode(Sine.samples(100), new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static byte[] encode(AudioFormat format, long totalSamples, short[] samples) throws IOException {
        return encodeInChunks(format.newEncoder(totalSamples), samples, CHUNKS);
    }

    /** Runs {@code encoder} over {@code samples} cut into {@code chunks}, finishes and closes it: the whole file. */
    static byte[] encodeInChunks(AudioEncoder encoder, short[] samples, int[] chunks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (encoder) {
            int offset = 0;
            for (int chunk : chunks) {
                encoder.encode(Arrays.copyOfRange(samples, offset, offset + chunk), out);
                offset += chunk;
            }
            encoder.finish(out);
        }
        return out.toByteArray();
    }

    /**
     * Samples a codec may add in front (priming) and behind (padding to a whole frame) that the
     * decoder cannot trim because the stream does not say how long the audio was.
     */
    private static int maxExtraSamples(AudioFormat format) {
        return switch (format) {
            // Lossless; Ogg Opus carries pre-skip and the end granule, so its decoder trims both ends.
            case PCM, WAV, FLAC, OPUS -> 0;
            // One byte a sample; the resampler to 8 kHz hands out exactly a third of the input.
            case MULAW, ALAW -> 0;
            // LAME's delay (576 + 529 samples) plus padding to a 576-sample MPEG-2 frame.
            case MP3 -> 576 + 529 + 575;
            // AAC's 1024 priming samples plus padding to a 1024-sample frame.
            case AAC -> 1024 + 1023;
        };
    }

    private static void assertDurationWithinPadding(DecodedAudio decoded, AudioFormat format) {
        double inputSeconds = (double) TOTAL / Pcm.SAMPLE_RATE;
        double maxSeconds = (double) (TOTAL + maxExtraSamples(format)) / Pcm.SAMPLE_RATE;
        assertThat(decoded.durationSeconds()).as("%s", decoded).isBetween(inputSeconds - 1e-9, maxSeconds + 1e-9);
    }

    private static void assertIsTheTone(DecodedAudio decoded) {
        float[] samples = decoded.samples();
        int margin = decoded.sampleRate() / 10; // skip priming and the codec's ramp at both ends
        double frequency = Sine.measuredFrequency(samples, margin, samples.length - margin, decoded.sampleRate());
        assertThat(frequency).isCloseTo(Sine.FREQUENCY, within(1.0));
        double rms = new DecodedAudio(decoded.codec(), decoded.sampleRate(), 1,
                Arrays.copyOfRange(samples, margin, samples.length - margin), 0).rms();
        assertThat(rms).isCloseTo(Sine.AMPLITUDE / Math.sqrt(2), within(0.02));
    }
}
