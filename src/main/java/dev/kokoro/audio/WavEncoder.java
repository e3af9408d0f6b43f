package dev.kokoro.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * RIFF/WAVE, mono: 16-bit PCM, or G.711 for telephony. The header goes out before the first samples. When the
 * length is not known up front (streaming), the RIFF, data (and fact) sizes are 0xFFFFFFFF, the
 * "unknown/maximum" value that FFmpeg's wav demuxer (and browsers) read as "data runs to the end of the stream";
 * a header cannot be patched later because the response is not seekable.
 */
final class WavEncoder implements AudioEncoder {
    private static final long UNKNOWN_SIZE = 0xFFFF_FFFFL;
    /** "RIFF", its size and "WAVE"; then each chunk's id and size. */
    private static final int RIFF_PREAMBLE = 12;
    private static final int CHUNK_PREAMBLE = 8;
    private static final int PCM_FMT_BYTES = 16;
    /** The fmt of every other format ends with cbSize, the length of an extension G.711 does not have. */
    private static final int EXTENSIBLE_FMT_BYTES = 18;
    private static final int FACT_BYTES = 4;

    private final long totalSamples;
    private final int sampleRate;
    private final WavCoding coding;
    private final AudioEncoder data;
    private long samplesWritten;
    private boolean headerWritten;

    /**
     * @param totalSamples the exact number of samples that will be encoded, or -1 when unknown
     * @param sampleRate the rate of those samples, which the header declares
     */
    WavEncoder(long totalSamples, int sampleRate, WavCoding coding) {
        if (totalSamples < -1) {
            throw new IllegalArgumentException("totalSamples must be -1 or >= 0: " + totalSamples);
        }
        this.totalSamples = totalSamples;
        this.sampleRate = sampleRate;
        this.coding = coding;
        this.data = coding.newDataEncoder();
    }

    @Override
    public void encode(short[] samples, OutputStream out) throws IOException {
        if (totalSamples >= 0 && samplesWritten + samples.length > totalSamples) {
            throw new IllegalStateException("More samples than the " + totalSamples + " announced in the WAV header");
        }
        writeHeaderOnce(out);
        data.encode(samples, out);
        samplesWritten += samples.length;
    }

    @Override
    public void finish(OutputStream out) throws IOException {
        if (totalSamples >= 0 && samplesWritten != totalSamples) {
            throw new IllegalStateException("The WAV header announced " + totalSamples
                    + " samples but " + samplesWritten + " were encoded");
        }
        writeHeaderOnce(out);
        data.finish(out);
    }

    @Override
    public void close() {
        data.close();
    }

    private void writeHeaderOnce(OutputStream out) throws IOException {
        if (!headerWritten) {
            out.write(header());
            headerWritten = true;
        }
    }

    private byte[] header() {
        int bytesPerSample = coding.bytesPerSample();
        int fmtBytes = coding.isPcm() ? PCM_FMT_BYTES : EXTENSIBLE_FMT_BYTES;
        int factChunk = coding.isPcm() ? 0 : CHUNK_PREAMBLE + FACT_BYTES;
        int headerBytes = RIFF_PREAMBLE + CHUNK_PREAMBLE + fmtBytes + factChunk + CHUNK_PREAMBLE;
        long dataBytes = totalSamples * bytesPerSample;
        // Over 4 GiB (about 24 hours of PCM) does not fit a plain RIFF header either; then say "unknown" too.
        boolean sized = totalSamples >= 0 && dataBytes + headerBytes - 8 <= UNKNOWN_SIZE;
        int riffSize = (int) (sized ? dataBytes + headerBytes - 8 : UNKNOWN_SIZE);
        int dataSize = (int) (sized ? dataBytes : UNKNOWN_SIZE);
        ByteBuffer header = ByteBuffer.allocate(headerBytes).order(ByteOrder.LITTLE_ENDIAN);
        header.put(ascii("RIFF")).putInt(riffSize);
        header.put(ascii("WAVE"));
        header.put(ascii("fmt ")).putInt(fmtBytes);
        header.putShort((short) coding.formatTag());
        header.putShort((short) 1); // mono
        header.putInt(sampleRate);
        header.putInt(sampleRate * bytesPerSample); // byte rate
        header.putShort((short) bytesPerSample); // block align
        header.putShort((short) (8 * bytesPerSample)); // bits per sample
        if (!coding.isPcm()) {
            header.putShort((short) 0); // cbSize
            header.put(ascii("fact")).putInt(FACT_BYTES).putInt((int) (sized ? totalSamples : UNKNOWN_SIZE));
        }
        header.put(ascii("data")).putInt(dataSize);
        return header.array();
    }

    private static byte[] ascii(String chunkId) {
        return chunkId.getBytes(StandardCharsets.US_ASCII);
    }
}
