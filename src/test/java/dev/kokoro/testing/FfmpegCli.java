package dev.kokoro.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ffmpeg} and {@code ffprobe} command-line tools (the system's, not the FFmpeg library the server links):
 * an independent judge of what the server sends.
 */
public final class FfmpegCli {
    private static final long TIMEOUT_SECONDS = 60;

    private FfmpegCli() {
    }

    /**
     * A file as ffmpeg decodes it, at its own rate (nothing resampled).
     *
     * @param sampleRate the rate the stream declares
     * @param samples the first channel as int16
     */
    public record Decoded(String codec, int sampleRate, short[] samples) {
        public double seconds() {
            return (double) samples.length / sampleRate;
        }
    }

    /**
     * Decodes {@code file}.
     *
     * @param inputOptions what ffmpeg must be told of a headerless input, e.g. {@code -f mulaw -ar 8000}; else empty
     */
    public static Decoded decode(byte[] file, List<String> inputOptions) {
        Path input = temp(file);
        try {
            List<String> probe = new ArrayList<>(List.of("ffprobe", "-v", "error"));
            probe.addAll(inputOptions);
            probe.addAll(List.of("-show_entries", "stream=codec_name,sample_rate", "-of", "csv=p=0", input.toString()));
            String[] stream = new String(run(probe), StandardCharsets.UTF_8).strip().split(",");

            List<String> decode = new ArrayList<>(List.of("ffmpeg", "-v", "error"));
            decode.addAll(inputOptions);
            decode.addAll(List.of("-i", input.toString(), "-map", "0:a:0", "-f", "s16le", "-ac", "1", "pipe:1"));
            ByteBuffer pcm = ByteBuffer.wrap(run(decode)).order(ByteOrder.LITTLE_ENDIAN);
            short[] samples = new short[pcm.remaining() / 2];
            pcm.asShortBuffer().get(samples);
            return new Decoded(stream[0], Integer.parseInt(stream[1]), samples);
        } finally {
            delete(input);
        }
    }

    /** Encodes mono int16 at {@code sampleRate} with ffmpeg's encoder of {@code codec} into the muxer {@code muxer}. */
    public static byte[] encode(short[] samples, int sampleRate, String codec, String muxer) {
        ByteBuffer pcm = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        pcm.asShortBuffer().put(samples);
        Path input = temp(pcm.array());
        try {
            return run(List.of("ffmpeg", "-v", "error", "-f", "s16le", "-ar", String.valueOf(sampleRate), "-ac", "1",
                    "-i", input.toString(), "-c:a", codec, "-f", muxer, "pipe:1"));
        } finally {
            delete(input);
        }
    }

    private static byte[] run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        FinishedProcess done = FinishedProcess.run(builder, command.getFirst(), TIMEOUT_SECONDS);
        if (done.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + done.stderr());
        }
        return done.stdout();
    }

    private static Path temp(byte[] content) {
        try {
            return Files.write(Files.createTempFile("ffmpeg-cli-", ".bin"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file does not affect the result
            }
        }
    }
}
