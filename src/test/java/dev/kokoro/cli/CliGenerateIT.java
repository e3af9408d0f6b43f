package dev.kokoro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kokoro generate} run as a user runs it: to a file, to the default file, streamed to stdout. */
@EndToEnd
class CliGenerateIT {
    /** {@code 12.34 s of audio in 4.10 s (3.01x real time) → tts_output.wav} */
    static final Pattern CLOSING_LINE = Pattern.compile(
            "(\\d+\\.\\d\\d) s of audio in (\\d+\\.\\d\\d) s \\((\\d+\\.\\d\\d)x real time\\) → (.+)");

    @TempDir
    static Path dir;
    static KokoroCommand kokoro;

    @BeforeAll
    static void home() throws IOException {
        kokoro = KokoroCommand.withHomeIn(dir);
    }

    @Test
    void writesTheDefaultFileAsWavAndClosesWithOneSummaryLine() throws IOException {
        Path work = Files.createDirectories(dir.resolve("default"));

        KokoroCommand.Result result = kokoro.run(work, "generate", "Hello world, this is Kokoro.");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderrLines()).hasSize(1); // no log lines: only the closing line
        Matcher closing = CLOSING_LINE.matcher(result.stderrLines().getFirst());
        assertThat(closing.matches()).as(result.stderr()).isTrue();
        assertThat(closing.group(4)).isEqualTo("tts_output.wav");
        double audioSeconds = Double.parseDouble(closing.group(1));
        double wallSeconds = Double.parseDouble(closing.group(2));
        assertThat(Double.parseDouble(closing.group(3))).isCloseTo(audioSeconds / wallSeconds, within(0.02));

        DecodedAudio wav = DecodedAudio.decode(Files.readAllBytes(work.resolve("tts_output.wav")), "wav");
        assertThat(wav.decodeErrors()).isZero();
        assertThat(wav.sampleRate()).isEqualTo(24_000);
        assertThat(wav.durationSeconds()).isCloseTo(audioSeconds, within(0.01)).isGreaterThan(1.0);
    }

    @Test
    void takesTheFormatFromTheOutputExtensionAndTheTextFromAFile() throws IOException {
        Path text = Files.writeString(dir.resolve("text.txt"), "\uFEFFThe first line.\nThe second line.\n");
        Path out = dir.resolve("nested/speech.flac");

        KokoroCommand.Result result = kokoro.run(dir, "generate", "--file", text.toString(), "-o", out.toString(),
                "--voice", "bf_emma", "--speed", "2");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderrLines()).singleElement().asString().endsWith("→ " + out);
        byte[] flac = Files.readAllBytes(out);
        assertThat(new String(flac, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("fLaC");
        DecodedAudio audio = DecodedAudio.decode(flac, "flac");
        assertThat(audio.decodeErrors()).isZero();
        assertThat(audio.sampleRate()).isEqualTo(24_000);
        assertThat(audio.durationSeconds()).isGreaterThan(1.0);
        assertThat(dir.resolve("nested")).isDirectoryNotContaining("glob:**.part"); // no temporary file left
    }

    /**
     * A long text read from stdin and streamed to stdout as MP3: the first bytes come while the process is still
     * speaking the rest, and the whole stream decodes.
     */
    @Test
    void streamsToStdoutWhileStillSpeaking() throws Exception {
        Path text = Files.writeString(dir.resolve("long.txt"),
                "The quick brown fox jumps over the lazy dog near the river bank. ".repeat(15));
        Path err = dir.resolve("stream-stderr.txt");
        long start = System.nanoTime();
        Process process = kokoro.builder(dir, "generate", "--file", "-", "-o", "-", "--format", "mp3")
                .redirectInput(text.toFile()).redirectError(err.toFile()).start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        double firstByteSeconds;
        boolean aliveAtFirstByte;
        try (InputStream in = process.getInputStream()) {
            int first = in.read();
            firstByteSeconds = (System.nanoTime() - start) / 1e9;
            aliveAtFirstByte = process.isAlive();
            assertThat(first).as("a first byte").isNotNegative();
            stdout.write(first);
            in.transferTo(stdout);
        }
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        String stderr = Files.readString(err);
        System.out.printf(Locale.ROOT, "kokoro generate -o - (mp3, %d bytes): first byte after %.2f s, exit after "
                + "%.2f s; %s%n", stdout.size(), firstByteSeconds, totalSeconds, stderr.strip());

        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(aliveAtFirstByte).as("still running when the first bytes arrived").isTrue();
        Matcher closing = CLOSING_LINE.matcher(stderr.strip());
        assertThat(closing.matches()).as(stderr).isTrue();
        assertThat(closing.group(4)).isEqualTo("standard output");
        DecodedAudio mp3 = DecodedAudio.decode(stdout.toByteArray(), "mp3");
        assertThat(mp3.decodeErrors()).isZero();
        assertThat(mp3.sampleRate()).isEqualTo(24_000);
        assertThat(mp3.durationSeconds()).isCloseTo(Double.parseDouble(closing.group(1)), within(0.1));
    }

    @Test
    void aReaderThatStopsReadingEndsTheCommandQuietlyAsInAPipeline() throws Exception {
        Path text = Files.writeString(dir.resolve("piped.txt"),
                "The quick brown fox jumps over the lazy dog near the river bank. ".repeat(15));
        Path err = dir.resolve("piped-stderr.txt");
        Process process = kokoro.builder(dir, "generate", "--file", "-", "-o", "-", "--format", "pcm")
                .redirectInput(text.toFile()).redirectError(err.toFile()).start();
        try (InputStream in = process.getInputStream()) {
            assertThat(in.readNBytes(1000)).hasSize(1000); // then hang up, as `| head -c 1000` does
        }
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(err);
        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(stderr).doesNotContain("kokoro:");
    }
}
