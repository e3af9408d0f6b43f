package dev.kokoro.voice;

import static dev.kokoro.voice.VoicePackFixtures.npy;
import static dev.kokoro.voice.VoicePackFixtures.rawBytes;
import static dev.kokoro.voice.VoicePackFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsAssets
class VoicePackReadersTest {
    private final VoicePackReaders readers = VoicePackReaders.standard();

    @TempDir
    Path dir;

    private Map<String, VoiceTable> read(Path file) {
        return readers.read(VoicePackFile.probe(file));
    }

    private static VoiceTable bella() {
        return VoiceTable.of(VoicePackFixtures.floats("af_bella"));
    }

    @Test
    void ptFileHoldsTheFloatsPythonReadsFromIt() {
        VoiceTable table = read(TestAssets.voice("af_bella")).get("af_bella");

        // Values read from af_bella.pt with Python's zipfile + struct ('<f').
        assertThat(table.row(0)[0]).isEqualTo(-0.36582398414611816f);
        assertThat(table.row(0)[1]).isEqualTo(0.24587740004062653f);
        assertThat(table.row(0)[255]).isEqualTo(-0.026761416345834732f);
        assertThat(table.row(1)[0]).isEqualTo(-0.34315910935401917f);
        assertThat(table.row(42)[7]).isEqualTo(-0.18346400558948517f);
        assertThat(table.row(509)[255]).isEqualTo(0.19718749821186066f);
        assertThat(readers.readerFor(VoicePackFile.probe(TestAssets.voice("af_bella"))))
                .containsInstanceOf(PtVoicePackReader.class);
    }

    @Test
    void ptVoiceIsNamedAfTheFileNotTheArchiveFolderInside() {
        // af_jadzia.pt stores its tensor under af_jade/.
        assertThat(read(TestAssets.voice("af_jadzia"))).containsOnlyKeys("af_jadzia");
    }

    @Test
    void everyFormatYieldsTheSameFloatsBitForBit() {
        VoiceTable expected = bella();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(write(dir.resolve("raw.bin"), rawBytes("af_bella")), "raw");
        files.put(write(dir.resolve("v1.npy"), npy("af_bella", "(510, 1, 256)", 1)), "v1");
        files.put(write(dir.resolve("v2.npy"), npy("af_bella", "(510, 1, 256)", 2)), "v2");
        files.put(write(dir.resolve("v3.npy"), npy("af_bella", "(510, 1, 256)", 3)), "v3");
        files.put(write(dir.resolve("flat.npy"), npy("af_bella", "(510, 256)", 1)), "flat");
        files.put(TestAssets.voice("af_bella"), "af_bella");

        files.forEach((file, name) -> assertThat(read(file)).as(file.toString()).containsOnlyKeys(name)
                .containsEntry(name, expected));
    }

    @Test
    void npzIsRecognisedByContentWhateverItsExtension() {
        Path stored = dir.resolve("voices-v1.0.bin");
        Path deflated = dir.resolve("voices.npz");
        VoicePackFixtures.writeNpz(stored, false, "af_bella", "af_sky", "bm_fable");
        VoicePackFixtures.writeNpz(deflated, true, "af_bella", "af_sky", "bm_fable");

        for (Path file : new Path[] {stored, deflated}) {
            assertThat(readers.readerFor(VoicePackFile.probe(file))).containsInstanceOf(NpzVoicePackReader.class);
            Map<String, VoiceTable> voices = read(file);
            assertThat(voices).containsOnlyKeys("af_bella", "af_sky", "bm_fable");
            assertThat(voices.get("af_bella")).isEqualTo(bella());
            assertThat(voices.get("af_sky")).isEqualTo(VoiceTable.of(VoicePackFixtures.floats("af_sky")));
            assertThat(voices.get("af_bella")).isNotEqualTo(voices.get("af_sky"));
        }
    }

    @Test
    void bigEndianNpyIsByteSwapped() {
        byte[] little = rawBytes("af_bella");
        byte[] big = new byte[little.length];
        for (int i = 0; i < little.length; i += 4) {
            for (int b = 0; b < 4; b++) {
                big[i + b] = little[i + 3 - b];
            }
        }
        Path file = write(dir.resolve("af_bella.npy"), npy(big, ">f4", "(510, 1, 256)", 1));

        assertThat(read(file).get("af_bella")).isEqualTo(bella());
    }

    @Test
    void filesThatAreNoVoicePackAreSkipped() throws Exception {
        Path readme = Files.writeString(dir.resolve("README.md"), "voices go here");
        Path archive = dir.resolve("downloads.zip");
        VoicePackFixtures.writeZip(archive, true, Map.of("notes.txt", "hello".getBytes()));

        assertThat(read(readme)).isEmpty();
        assertThat(read(archive)).isEmpty();
    }

    @Test
    void shortRawBinIsRejectedNamingTheFile() {
        Path file = write(dir.resolve("af_short.bin"), Arrays.copyOf(rawBytes("af_bella"), 1000));

        assertThatThrownBy(() -> read(file)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("522240").hasMessageContaining("1000");
    }

    @Test
    void truncatedPtIsRejectedNamingTheFile() {
        byte[] pt = readAll(TestAssets.voice("af_bella"));
        Path file = write(dir.resolve("af_cut.pt"), Arrays.copyOf(pt, pt.length / 2));

        assertThatThrownBy(() -> read(file)).isInstanceOf(VoiceLoadException.class).hasMessageContaining(file.toString());
    }

    @Test
    void ptWithAShortTensorIsRejected() {
        Path file = dir.resolve("af_small.pt");
        VoicePackFixtures.writeZip(file, false, Map.of("af_small/data.pkl", new byte[] {1},
                "af_small/byteorder", "little".getBytes(), "af_small/data/0", new byte[4 * 256]));

        assertThatThrownBy(() -> read(file)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("af_small/data/0");
    }

    @Test
    void legacyNonZipPtIsRejected() {
        Path file = write(dir.resolve("af_old.pt"), new byte[] {(byte) 0x80, 2, 'c', 'x', 'y', 'z', 0, 0, 0});

        assertThatThrownBy(() -> read(file)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("not in a supported format");
    }

    @Test
    void npyOfTheWrongTypeOrShapeIsRejected() {
        byte[] data = rawBytes("af_bella");
        Path doubles = write(dir.resolve("f8.npy"), npy(data, "<f8", "(255, 1, 256)", 1));
        Path wrongShape = write(dir.resolve("shape.npy"), npy(data, "<f4", "(256, 510)", 1));
        Path shortData = write(dir.resolve("short.npy"), npy(Arrays.copyOf(data, 4096), "<f4", "(510, 1, 256)", 1));

        assertThatThrownBy(() -> read(doubles)).isInstanceOf(VoiceLoadException.class).hasMessageContaining("f8.npy")
                .hasMessageContaining("<f8");
        assertThatThrownBy(() -> read(wrongShape)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining("shape.npy").hasMessageContaining("[256, 510]");
        assertThatThrownBy(() -> read(shortData)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining("short.npy").hasMessageContaining("4096");
    }

    @Test
    void corruptArrayInsideNpzIsNamedByFileAndEntry() {
        Path file = dir.resolve("voices.npz");
        VoicePackFixtures.writeZip(file, true, Map.of("af_bad.npy", npy(new byte[8], "<f4", "(510, 1, 256)", 1)));

        assertThatThrownBy(() -> read(file)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("af_bad.npy");
    }

    @Test
    void nonFiniteValuesAreRejected() {
        byte[] data = rawBytes("af_bella");
        data[4 * 300 + 3] = (byte) 0x7f; // sign/exponent byte of float 300 → 0x7f80…: infinity or NaN
        data[4 * 300 + 2] = (byte) 0x80;
        Path file = write(dir.resolve("af_nan.bin"), data);

        assertThatThrownBy(() -> read(file)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining("af_nan.bin").hasMessageContaining("row 1, column 44");
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
