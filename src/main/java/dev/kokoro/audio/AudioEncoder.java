package dev.kokoro.audio;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Encodes 16-bit mono PCM into one response format, chunk by chunk, so a response can stream.
 * One instance serves one response and is used by one thread.
 */
public interface AudioEncoder extends AutoCloseable {
    /** Encodes these samples and writes to {@code out} everything the format can emit so far. */
    void encode(short[] samples, OutputStream out) throws IOException;

    /** Drains the encoder and writes the end of the stream (last frames, trailer). */
    void finish(OutputStream out) throws IOException;

    /** Frees native resources; safe to call more than once and after a failure. */
    @Override
    void close();
}
