package dev.kokoro.cli;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioFormat;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Audio encoded and sent on chunk by chunk, flushed after each, so a player reading the other end of a
 * pipe starts while the rest is still being made. A streamed WAV states an unknown length, which players
 * read as "until the end of the stream".
 */
final class StreamedAudio implements AutoCloseable {
    private final AudioEncoder encoder;
    private final OutputStream out;

    StreamedAudio(AudioFormat format, OutputStream out) {
        this.encoder = format.newEncoder(-1);
        this.out = out;
    }

    void add(short[] chunk) throws IOException {
        encoder.encode(chunk, out);
        out.flush();
    }

    void finish() throws IOException {
        encoder.finish(out);
        out.flush();
    }

    @Override
    public void close() {
        encoder.close();
    }
}
