package dev.kokoro.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kokoro.testing.EndToEnd;
import dev.kokoro.testing.TestAssets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kokoro voices}, {@code phonemize} and {@code export-voice}, run as a user runs them. */
@EndToEnd
class CliCatalogIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    static Path dir;
    static KokoroCommand kokoro;

    @BeforeAll
    static void home() throws IOException {
        kokoro = KokoroCommand.withHomeIn(dir);
    }

    @Test
    void listsTheVoicesOfOneLanguageAsATable() {
        KokoroCommand.Result result = kokoro.run(dir, "voices", "--lang", "b");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEmpty();
        List<String[]> rows = result.stdoutText().lines().map(line -> line.trim().split("\\s{2,}")).toList();
        assertThat(rows.getFirst()).containsExactly("ID", "NAME", "LANGUAGE", "GENDER", "GRADE");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row[0]).containsExactly("bf_alice", "bf_emma",
                "bf_isabella", "bf_lily", "bm_daniel", "bm_fable", "bm_george", "bm_lewis");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row[2]).isEqualTo("en-gb"));
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("bf_emma", "Emma", "en-gb", "female", "B-"));
    }

    @Test
    void listsEveryVoiceAsJson() throws IOException {
        KokoroCommand.Result result = kokoro.run(dir, "voices", "--json");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode voices = new ObjectMapper().readTree(result.stdout());
        try (var packs = Files.list(TestAssets.voices())) {
            assertThat(voices.size()).isEqualTo((int) packs.filter(p -> p.toString().endsWith(".pt")).count());
        }
        JsonNode heart = voices.findParents("id").stream().filter(v -> v.path("id").asText().equals("af_heart"))
                .findFirst().orElseThrow();
        assertThat(heart.toString()).isEqualTo("{\"id\":\"af_heart\",\"name\":\"Heart\",\"language\":\"en-us\","
                + "\"lang_code\":\"a\",\"gender\":\"female\",\"grade\":\"A\"}");
    }

    /** The same phonemes as POST /dev/phonemize gives for the same text and language. */
    @Test
    void printsThePhonemesOfAText() {
        KokoroCommand.Result result = kokoro.run(dir, "phonemize", "Hello world");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).isEmpty();
        assertThat(result.stdoutText()).isEqualTo("həlˈO wˈɜɹld\n");
    }

    /** The pack loads in PyTorch as Kokoro's own packs do, and holds exactly the blend (2·bella + sky) / 3. */
    @Test
    void exportsABlendThatTorchLoads() throws Exception {
        Path pack = dir.resolve("blend.pt");

        KokoroCommand.Result result = kokoro.run(dir, "export-voice", "af_bella(2)+af_sky", pack.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderrLines()).containsExactly("voice af_bella(2)+af_sky → " + pack);
        assumeTrue(torchAvailable(), "/usr/bin/python3 with torch is needed to load the pack");
        String check = String.join("\n",
                "import sys, torch",
                "t = torch.load(sys.argv[1])",
                "bella, sky = torch.load(sys.argv[2]), torch.load(sys.argv[3])",
                "expected = (2 * bella.float() + sky.float()) / 3",
                "print(list(t.shape), t.dtype, float((t - expected).abs().max()))");
        Process python = new ProcessBuilder(PYTHON.toString(), "-c", check, pack.toString(),
                TestAssets.voice("af_bella").toString(), TestAssets.voice("af_sky").toString())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes()).strip();
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        assertThat(output).contains("[510, 1, 256] torch.float32 ");
        assertThat(Double.parseDouble(output.substring(output.lastIndexOf(' ') + 1))).as(output).isLessThan(1e-6);
    }

    private static boolean torchAvailable() throws IOException, InterruptedException {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import torch").start();
        return probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    }
}
