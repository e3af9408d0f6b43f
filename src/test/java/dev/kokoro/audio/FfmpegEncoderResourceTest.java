package dev.kokoro.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

/** Native memory of abandoned responses (client gone: close() without finish()) is given back. */
class FfmpegEncoderResourceTest {
    /** mu-law also runs the resampler (24 to 8 kHz). */
    private static final AudioFormat[] FFMPEG_FORMATS =
            {AudioFormat.MP3, AudioFormat.OPUS, AudioFormat.AAC, AudioFormat.FLAC, AudioFormat.MULAW};

    @Test
    void closingWithoutFinishLeaksNoNativeMemory() throws IOException {
        short[] halfSecond = Sine.samples(Pcm.SAMPLE_RATE / 4);
        abandon(20, halfSecond); // let allocators and the JIT settle
        long before = Pointer.physicalBytes();

        abandon(50, halfSecond);

        // Each leaked encoder set (codec + muxer contexts) costs about 2 MB, so 50 leaks would add ~100 MB;
        // the allowance covers heap growth from the garbage of 250 encoders.
        assertThat(Pointer.physicalBytes() - before).isLessThan(40L << 20);
    }

    private static void abandon(int rounds, short[] samples) throws IOException {
        for (int i = 0; i < rounds; i++) {
            for (AudioFormat format : FFMPEG_FORMATS) {
                AudioEncoder encoder = format.newEncoder(-1);
                encoder.encode(samples, OutputStream.nullOutputStream());
                encoder.close();
            }
        }
    }
}
