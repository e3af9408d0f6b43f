package dev.kokoro.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/fetch-assets into a home folder of its own (KOKORO_HOME), downloading from a file:// mirror
 * (KOKORO_ASSETS_URL) that holds the real config and lexicons, so the pinned sha256 sums are checked for real:
 * files already in the home are kept, the rest are fetched, and a file that does not match its sum is deleted.
 */
@NeedsAssets
class FetchAssetsTest {
    private static final List<String> LEXICONS =
            List.of("us_gold.json", "us_silver.json", "gb_gold.json", "gb_silver.json", "ja_words.txt");

    @TempDir
    Path dir;
    Path home;
    Path mirror;

    @BeforeEach
    void mirrorOfTheRealFiles() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        mirror = Files.createDirectories(dir.resolve("mirror"));
        Files.copy(TestAssets.modelConfig(), mirror.resolve("config.json"));
        for (String lexicon : LEXICONS) {
            Files.copy(TestAssets.lexicons().resolve(lexicon), mirror.resolve(lexicon));
        }
    }

    @Test
    void aMountedModelAndVoicesAreKeptAndOnlyTheMissingFilesAreDownloaded() throws IOException {
        Path model = Files.createDirectories(home.resolve("models")).resolve("kokoro-v1.0.int8.onnx");
        Files.writeString(model, "the operator's own copy");
        Files.copy(TestAssets.voice("af_heart"), Files.createDirectories(home.resolve("voices")).resolve("af_heart.pt"));

        ScriptRun run = fetchAssets();

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(model).hasContent("the operator's own copy");
        assertThat(home.resolve("voices")).isDirectoryNotContaining("glob:**/voices-v1.0.bin");
        assertThat(home.resolve("models/config.json")).hasSameBinaryContentAs(TestAssets.modelConfig());
        for (String lexicon : LEXICONS) {
            assertThat(home.resolve("config/lexicons").resolve(lexicon))
                    .hasSameBinaryContentAs(TestAssets.lexicons().resolve(lexicon));
        }
        assertThat(installed()).contains("model=models/kokoro-v1.0.int8.onnx");
    }

    @Test
    void aModelOfOnesOwnIsTheInstalledModel() throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("models")).resolve("my-voice-model.onnx"), "onnx");
        Files.copy(TestAssets.voice("af_heart"), Files.createDirectories(home.resolve("voices")).resolve("af_heart.pt"));

        ScriptRun run = fetchAssets();

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(installed()).contains("model=models/my-voice-model.onnx");
    }

    @Test
    void aDownloadThatDoesNotMatchItsPinnedSumIsDeletedAndFailsTheRun() throws IOException {
        Files.writeString(Files.createDirectories(home.resolve("models")).resolve("kokoro-v1.0.onnx"), "model");
        Files.copy(TestAssets.voice("af_heart"), Files.createDirectories(home.resolve("voices")).resolve("af_heart.pt"));
        Files.writeString(mirror.resolve("gb_gold.json"), "{\"tampered\": \"ˈtæmpəd\"}");

        ScriptRun run = fetchAssets();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("gb_gold.json is not the pinned file")
                .contains("expected 29e62f4b60261c88f7f3c2c7811ca3825978948090b72d2b27d565b729282f71");
        Path lexicons = home.resolve("config/lexicons");
        assertThat(lexicons.resolve("gb_gold.json")).doesNotExist();
        assertThat(lexicons.resolve("gb_gold.json.part")).doesNotExist();
        assertThat(home.resolve("config/installed.properties")).doesNotExist();
    }

    @Test
    void aMissingModelIsDownloadedAndAFailedDownloadSaysFromWhere() throws IOException {
        Files.copy(TestAssets.voice("af_heart"), Files.createDirectories(home.resolve("voices")).resolve("af_heart.pt"));

        ScriptRun run = fetchAssets();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("downloading kokoro-v1.0.onnx")
                .contains("could not download " + mirror.toUri() + "kokoro-v1.0.onnx");
        assertThat(home.resolve("models/kokoro-v1.0.onnx")).doesNotExist();
    }

    private ScriptRun fetchAssets() {
        return ScriptRun.bash(dir, Map.of("KOKORO_HOME", home.toString(), "KOKORO_ASSETS_URL", mirror.toUri().toString()),
                "\"$1\"/fetch-assets", ScriptRun.SCRIPTS.toString());
    }

    private String installed() throws IOException {
        return Files.readString(home.resolve("config/installed.properties"));
    }
}
