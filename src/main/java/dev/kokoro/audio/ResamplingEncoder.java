package dev.kokoro.audio;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An encoder made for another sample rate, fed Kokoro's 24 kHz: each chunk is resampled on its way in by one
 * {@link Resampler} that lives as long as the response, so chunk joins stay seamless. One response, one thread.
 */
final class ResamplingEncoder implements AudioEncoder {
    private final Resampler resampler;
    private final AudioEncoder encoder;

    /** Takes ownership of both: closing this closes them. */
    ResamplingEncoder(Resampler resampler, AudioEncoder encoder) {
        this.resampler = resampler;
        this.encoder = encoder;
    }

    @Override
    public void encode(short[] samples, OutputStream out) throws IOException {
        encoder.encode(resampler.resample(samples), out);
    }

    @Override
    public void finish(OutputStream out) throws IOException {
        encoder.encode(resampler.drain(), out);
        encoder.finish(out);
    }

    @Override
    public void close() {
        try {
            encoder.close();
        } finally {
            resampler.close();
        }
    }
}
