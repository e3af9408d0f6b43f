package dev.kokoro.audio;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import dev.kokoro.error.SynthesisFailedException;
import org.bytedeco.javacpp.BytePointer;

/** Turns FFmpeg's negative return codes into this server's error for a failure on its side (a 500). */
final class FfmpegError {
    private FfmpegError() {
    }

    /** Throws when {@code ret} is an FFmpeg error. */
    static void check(int ret, String action) {
        if (ret < 0) {
            throw of(ret, action);
        }
    }

    /** The error for a failed call, with FFmpeg's own words for the code. */
    static SynthesisFailedException of(int ret, String action) {
        try (BytePointer text = new BytePointer(256)) {
            String reason = av_strerror(ret, text, text.capacity()) == 0 ? text.getString() : "error " + ret;
            return new SynthesisFailedException("FFmpeg failed " + action + ": " + reason, null);
        }
    }
}
