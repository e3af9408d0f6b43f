package dev.kokoro.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * RIFF/WAVE, 16-bit PCM, mono, {@link Pcm#SAMPLE_RATE}. The 44-byte header goes out before the first
 * samples. When the length is not known up front (streaming), the RIFF and data sizes are 0xFFFFFFFF,
 * the "unknown/maximum" value that FFmpeg's wav demuxer (and browsers) read as "data runs to the end
 * of the stream"; a header cannot be patched later because the response is not seekable.
 */
final class WavEncoder implements AudioEncoder {
    private static final int HEADER_BYTES = 44;
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;
    private static final int BYTES_PER_SAMPLE = 2;

    private final long totalSamples;
    private long samplesWritten;
    private boolean headerWritten;

    /** @param totalSamples the exact number of samples that will be encoded, or -1 when unknown */
    WavEncoder(long totalSamples) {
        if (totalSamples < -1) {
            throw new IllegalArgumentException("totalSamples must be -1 or >= 0: " + totalSamples);
        }
        this.totalSamples = totalSamples;
    }

    @Override
    public void encode(short[] samples, OutputStream out) throws IOException {
        if (totalSamples >= 0 && samplesWritten + samples.length > totalSamples) {
            throw new IllegalStateException("More samples than the " + totalSamples + " announced in the WAV header");
        }
        writeHeaderOnce(out);
        out.write(Pcm.toLittleEndian(samples));
        samplesWritten += samples.length;
    }

    @Override
    public void finish(OutputStream out) throws IOException {
        if (totalSamples >= 0 && samplesWritten != totalSamples) {
            throw new IllegalStateException("The WAV header announced " + totalSamples
                    + " samples but " + samplesWritten + " were encoded");
        }
        writeHeaderOnce(out);
    }

    @Override
    public void close() {
        // Nothing native to free.
    }

    private void writeHeaderOnce(OutputStream out) throws IOException {
        if (!headerWritten) {
            out.write(header());
            headerWritten = true;
        }
    }

    private byte[] header() {
        long dataBytes = totalSamples * BYTES_PER_SAMPLE;
        // Over 4 GiB (about 24 hours) does not fit a plain RIFF header either; then say "unknown" too.
        boolean sized = totalSamples >= 0 && dataBytes + HEADER_BYTES - 8 <= UNKNOWN_SIZE;
        int riffSize = (int) (sized ? dataBytes + HEADER_BYTES - 8 : UNKNOWN_SIZE);
        int dataSize = (int) (sized ? dataBytes : UNKNOWN_SIZE);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(riffSize);
        header.put("WAVE".getBytes(StandardCharsets.US_ASCII));
        header.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16);
        header.putShort((short) 1); // WAVE_FORMAT_PCM
        header.putShort((short) 1); // mono
        header.putInt(Pcm.SAMPLE_RATE);
        header.putInt(Pcm.SAMPLE_RATE * BYTES_PER_SAMPLE); // byte rate
        header.putShort((short) BYTES_PER_SAMPLE); // block align
        header.putShort((short) (8 * BYTES_PER_SAMPLE)); // bits per sample
        header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataSize);
        return header.array();
    }
}
