package dev.kokoro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.EndToEnd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kokoro dataset}, run as a user runs it: files, labels, several voices, a resumed run. */
@EndToEnd
class CliDatasetIT {
    private static final String CORPUS = "Hello there.\n\n   \nMr. Smith paid $5 at 3pm. He left!\nThe end.\n";

    @TempDir
    static Path dir;
    static KokoroCommand kokoro;
    static Path corpus;

    @BeforeAll
    static void home() throws IOException {
        kokoro = KokoroCommand.withHomeIn(dir);
        corpus = Files.writeString(dir.resolve("corpus.txt"), CORPUS);
    }

    /**
     * One WAV per sentence, blank lines skipped, named in order; the labels list them in that order with the text
     * as written and as normalized; a second run after one file is deleted makes that file alone.
     */
    @Test
    void makesOneFilePerSentenceWithLabelsAndResumes() throws IOException {
        Path out = dir.resolve("sentences");

        KokoroCommand.Result first = kokoro.run(dir, "dataset", corpus.toString(), "--split", "sentences",
                "-o", out.toString());

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stderrLines()).singleElement().asString().startsWith("4 files (4 made, 0 already there): ");
        assertThat(wavs(out)).containsExactly("0001.wav", "0002.wav", "0003.wav", "0004.wav");
        assertThat(Files.readString(out.resolve("metadata.csv"))).isEqualTo("""
                0001|Hello there.|Hello there.
                0002|Mr. Smith paid $5 at 3pm.|Mister Smith paid five dollars at three P M.
                0003|He left!|He left!
                0004|The end.|The end.
                """);
        JsonNode labels = new ObjectMapper().readTree(out.resolve("labels.json").toFile());
        assertThat(labels).hasSize(4);
        assertThat(labels.get(1).toString()).startsWith("{\"audio_file\":\"wavs/0002.wav\","
                + "\"text\":\"Mr. Smith paid $5 at 3pm.\",\"duration\":");
        for (JsonNode label : labels) {
            assertThat(label.path("speaker_id").asText()).isEqualTo("af_heart");
            DecodedAudio wav = DecodedAudio.decode(Files.readAllBytes(out.resolve(label.path("audio_file").asText())),
                    "wav");
            assertThat(wav.sampleRate()).isEqualTo(24_000);
            assertThat(wav.decodeErrors()).isZero();
            assertThat(wav.durationSeconds()).isCloseTo(label.path("duration").asDouble(), within(0.001));
        }

        Map<String, FileTime> before = mtimes(out);
        String labelsBefore = Files.readString(out.resolve("labels.json"));
        Files.delete(out.resolve("wavs/0003.wav"));

        KokoroCommand.Result resumed = kokoro.run(dir, "dataset", corpus.toString(), "--split", "sentences",
                "-o", out.toString());

        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        assertThat(resumed.stderrLines()).singleElement().asString().startsWith("4 files (1 made, 3 already there): ");
        Map<String, FileTime> after = mtimes(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String name : List.of("0001.wav", "0002.wav", "0004.wav")) {
            assertThat(after.get(name)).as(name + " untouched").isEqualTo(before.get(name));
        }
        assertThat(after.get("0003.wav")).isGreaterThan(before.get("0004.wav"));
        assertThat(Files.readString(out.resolve("labels.json"))).isEqualTo(labelsBefore);
    }

    /** Round-robin: line i in voice i mod n; every file names its voice, which is its speaker id. */
    @Test
    void sharesTheLinesAmongSeveralVoices() throws IOException {
        Path out = dir.resolve("round-robin");

        KokoroCommand.Result result = kokoro.run(dir, "dataset", corpus.toString(), "--voice", "af_heart,am_adam",
                "-o", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(wavs(out)).containsExactly("0001_af_heart.wav", "0002_am_adam.wav", "0003_af_heart.wav");
        assertThat(speakers(out)).containsExactly("af_heart", "am_adam", "af_heart");
        assertThat(Files.readString(out.resolve("metadata.csv"))).startsWith("0001_af_heart|Hello there.|")
                .contains("\n0002_am_adam|Mr. Smith paid $5 at 3pm. He left!|Mister Smith paid five dollars");
    }

    /** All: every line in every voice, the voices of a line together, in the order given. */
    @Test
    void speaksEveryLineInEveryVoice() throws IOException {
        Path out = dir.resolve("all");

        KokoroCommand.Result result = kokoro.run(dir, "dataset", corpus.toString(), "--voice", "am_adam,bf_emma",
                "--voices-mode", "all", "-o", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(wavs(out)).containsExactly("0001_am_adam.wav", "0001_bf_emma.wav", "0002_am_adam.wav",
                "0002_bf_emma.wav", "0003_am_adam.wav", "0003_bf_emma.wav");
        assertThat(speakers(out)).containsExactly("am_adam", "bf_emma", "am_adam", "bf_emma", "am_adam", "bf_emma");
    }

    private static List<String> wavs(Path dataset) throws IOException {
        try (Stream<Path> files = Files.list(dataset.resolve("wavs"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> speakers(Path dataset) throws IOException {
        JsonNode labels = new ObjectMapper().readTree(dataset.resolve("labels.json").toFile());
        return labels.valueStream().map(label -> label.path("speaker_id").asText()).toList();
    }

    private static Map<String, FileTime> mtimes(Path dataset) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String name : wavs(dataset)) {
            times.put(name, Files.getLastModifiedTime(dataset.resolve("wavs").resolve(name)));
        }
        return times;
    }
}
