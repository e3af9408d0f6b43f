package dev.kokoro.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsAssets
class ModelFileTest {
    @Test
    void hashesAnUnknownFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("custom.onnx"), "abc", StandardCharsets.US_ASCII);

        ModelFile model = ModelFile.read(file);

        assertThat(model.sizeBytes()).isEqualTo(3);
        // The FIPS 180-2 test vector for "abc".
        assertThat(model.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(model.known()).isEmpty();
        assertThat(model.describe()).contains("sha256 ba7816bf8f01…").contains("not a known release");
    }

    @Test
    void recognisesATwinByContentAndLabelsItAsATestTwin(@TempDir Path dir) throws Exception {
        Path renamed = Files.copy(TestAssets.miniModel("C"), dir.resolve("kokoro-v1.0.onnx"));

        ModelFile model = ModelFile.read(renamed);

        assertThat(model.sizeBytes()).isEqualTo(4_990_460);
        assertThat(model.known()).contains(KnownModelFile.TWIN_MINI_C);
        assertThat(model.describe()).contains("test twin (random weights) kokoro-twin-mini-C.onnx");
    }

    @Test
    void knowsTheOfficialReleasesAsOfficial() {
        assertThat(KnownModelFile.bySha256("7D5DF8ECF7D4B1878015A32686053FD0EEBE2BC377234608764CC0EF3636A6C5"))
                .contains(KnownModelFile.KOKORO_V1_0);
        assertThat(KnownModelFile.KOKORO_V1_0_INT8.describe()).isEqualTo("official kokoro-v1.0.int8.onnx");
    }

    @Test
    void aMissingFileIsALoadError(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelFile.read(dir.resolve("absent.onnx")))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("absent.onnx");
    }
}
