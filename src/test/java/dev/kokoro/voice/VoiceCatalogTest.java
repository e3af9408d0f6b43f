package dev.kokoro.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsAssets
class VoiceCatalogTest {
    private static final Path CATALOG = Path.of("config", VoiceLibrary.CATALOG_FILE);

    @TempDir
    Path dir;

    @Test
    void committedCatalogueHoldsThePublishedFactsOfEveryOfficialVoiceAndJadzia() throws Exception {
        VoiceCatalog catalog = VoiceCatalog.load(CATALOG);
        List<String> published = Files.readAllLines(TestAssets.root().resolve("voices-catalog.tsv"));

        assertThat(published).hasSize(1 + 54);
        assertThat(catalog.entries()).hasSize(54 + 1); // + af_jadzia
        for (String line : published.subList(1, published.size())) {
            String[] cells = line.split("\t", -1);
            VoiceInfo info = catalog.find(cells[0]).orElseThrow();
            assertThat(info.language()).as(cells[0]).isEqualTo(Language.ofCode(cells[1], "language"));
            assertThat(info.gender().tag()).as(cells[0]).isEqualTo(cells[2]);
            assertThat(info.grade()).as(cells[0]).isEqualTo(cells[4].isEmpty() ? null : cells[4]);
        }
        assertThat(catalog.find("af_jadzia")).contains(
                new VoiceInfo("af_jadzia", "Jadzia", Language.AMERICAN_ENGLISH, Gender.FEMALE, null));
    }

    @Test
    void everyInstalledPackHasARow() throws Exception {
        VoiceCatalog catalog = VoiceCatalog.load(CATALOG);
        try (var files = Files.list(TestAssets.voices())) {
            files.map(f -> f.getFileName().toString().replace(".pt", ""))
                    .forEach(id -> assertThat(catalog.find(id)).as(id).isPresent());
        }
    }

    @Test
    void idWithoutRowDescribesItself() {
        VoiceCatalog catalog = VoiceCatalog.load(CATALOG);

        assertThat(catalog.infoFor("pf_new_voice"))
                .isEqualTo(new VoiceInfo("pf_new_voice", "New Voice", Language.BRAZILIAN_PORTUGUESE, Gender.FEMALE, null));
        assertThat(catalog.infoFor("ax_odd").gender()).isEqualTo(Gender.UNKNOWN);
    }

    @Test
    void malformedRowsAreReportedWithFileAndLine() throws Exception {
        String header = "id\tlanguage\tgender\ttarget_quality\toverall_grade\n";
        Path columns = Files.writeString(dir.resolve("a.tsv"), header + "af_x\ten-us\tfemale\n");
        Path language = Files.writeString(dir.resolve("b.tsv"), header + "# note\naf_x\tfr-fr\tfemale\t\t\n");
        Path gender = Files.writeString(dir.resolve("c.tsv"), header + "af_x\ten-us\twoman\t\t\n");
        Path twice = Files.writeString(dir.resolve("d.tsv"), header + "af_x\ten-us\tfemale\t\t\naf_x\ten-us\tfemale\t\t\n");

        assertThatThrownBy(() -> VoiceCatalog.load(columns)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining("a.tsv, line 2").hasMessageContaining("columns");
        assertThatThrownBy(() -> VoiceCatalog.load(language)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining("b.tsv, line 3").hasMessageContaining("fr-fr");
        assertThatThrownBy(() -> VoiceCatalog.load(gender)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining("c.tsv, line 2").hasMessageContaining("'woman'");
        assertThatThrownBy(() -> VoiceCatalog.load(twice)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining("d.tsv, line 3").hasMessageContaining("twice");
    }
}
