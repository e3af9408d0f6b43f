package dev.kokoro.audio;

import java.io.IOException;
import java.io.OutputStream;

/** The raw {@code pcm} format: headerless little-endian int16, written as it comes. */
final class PcmEncoder implements AudioEncoder {
    @Override
    public void encode(short[] samples, OutputStream out) throws IOException {
        out.write(Pcm.toLittleEndian(samples));
    }

    @Override
    public void finish(OutputStream out) {
        // Raw PCM has no trailer.
    }

    @Override
    public void close() {
        // Nothing native to free.
    }
}
