package dev.kokoro.cli;

import dev.kokoro.audio.AudioEncoder;
import dev.kokoro.audio.AudioFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Audio gathered chunk by chunk and written to a file once complete: the file's header (a WAV's, a FLAC's)
 * then states the exact length, and the file appears under its name only when whole.
 */
final class CollectedAudio {
    private final List<short[]> pieces = new ArrayList<>();
    private long samples;

    void add(short[] chunk) {
        pieces.add(chunk);
        samples += chunk.length;
    }

    void writeTo(Path file, AudioFormat format) throws IOException {
        AtomicFile.write(file, out -> {
            try (AudioEncoder encoder = format.newEncoder(samples)) {
                for (short[] piece : pieces) {
                    encoder.encode(piece, out);
                }
                encoder.finish(out);
            }
        });
    }
}
