package dev.kokoro.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

import java.util.Arrays;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;

/**
 * Converts Kokoro's 24 kHz mono int16 to another rate with FFmpeg's swresample, chunk by chunk: the filter's state
 * (the input it still needs for the next outputs, and its phase) carries over from one chunk to the next, so joins
 * are as seamless as the inside of a chunk. swresample aligns its output with its input (no added latency) and
 * {@link #drain()} trims or pads its tail by the odd sample, so n input samples always come out as exactly
 * {@link #outputLength(long, int) round(n * rate / 24000)}. Not thread-safe: one per response.
 */
final class Resampler implements AutoCloseable {
    private final int outputRate;
    private final PointerPointer<Pointer> inPlane = new PointerPointer<>(1);
    private final PointerPointer<Pointer> outPlane = new PointerPointer<>(1);
    private SwrContext swr;
    private ShortPointer in = new ShortPointer(0L);
    private ShortPointer out = new ShortPointer(0L);
    private long consumed;
    private long produced;

    Resampler(int outputRate) {
        FfmpegLog.install();
        this.outputRate = outputRate;
        try (AVChannelLayout mono = new AVChannelLayout()) {
            av_channel_layout_default(mono, 1);
            SwrContext context = new SwrContext(null);
            FfmpegError.check(swr_alloc_set_opts2(context, mono, AV_SAMPLE_FMT_S16, outputRate,
                    mono, AV_SAMPLE_FMT_S16, Pcm.SAMPLE_RATE, 0, null), "setting up the resampler");
            swr = context;
            FfmpegError.check(swr_init(swr), "opening the resampler");
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The number of samples {@code inputSamples} samples at 24 kHz make at {@code outputRate}, rounded to nearest. */
    static long outputLength(long inputSamples, int outputRate) {
        return Math.floorDiv(2 * inputSamples * outputRate + Pcm.SAMPLE_RATE, 2L * Pcm.SAMPLE_RATE);
    }

    /** The resampled audio these samples complete; the filter keeps back the few it needs for what comes next. */
    short[] resample(short[] samples) {
        requireOpen();
        if (samples.length == 0) {
            return samples; // an empty input would read to swresample as "flush"
        }
        if (in.capacity() < samples.length) {
            in = replace(in, samples.length);
        }
        in.position(0).put(samples, 0, samples.length);
        inPlane.put(0, in);
        consumed += samples.length;
        return convert(inPlane, samples.length);
    }

    /** The filter's last samples, after the last chunk: the tail that makes the total length exact. */
    short[] drain() {
        requireOpen();
        short[] tail = convert(null, 0);
        long missing = outputLength(consumed, outputRate) - produced;
        // swresample's own flush lands within a sample or two of the exact length; never below zero.
        short[] exact = Arrays.copyOf(tail, (int) Math.max(0, tail.length + missing));
        produced += exact.length - tail.length;
        return exact;
    }

    private short[] convert(PointerPointer<Pointer> input, int count) {
        int capacity = swr_get_out_samples(swr, count);
        FfmpegError.check(capacity, "sizing the resampled audio");
        if (out.capacity() < capacity) {
            out = replace(out, capacity);
        }
        outPlane.put(0, out);
        int made = swr_convert(swr, outPlane, capacity, input, count);
        FfmpegError.check(made, "resampling audio");
        short[] samples = new short[made];
        out.position(0).get(samples, 0, made);
        produced += made;
        return samples;
    }

    private static ShortPointer replace(ShortPointer buffer, long capacity) {
        buffer.close();
        return new ShortPointer(capacity);
    }

    private void requireOpen() {
        if (swr == null) {
            throw new IllegalStateException("Resampler already closed");
        }
    }

    /** Frees the filter; safe to call more than once. */
    @Override
    public void close() {
        if (swr != null) {
            swr_free(swr);
            swr = null;
        }
        in.close();
        out.close();
        inPlane.close();
        outPlane.close();
    }
}
