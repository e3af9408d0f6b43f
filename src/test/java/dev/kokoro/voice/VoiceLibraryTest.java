package dev.kokoro.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@NeedsAssets
class VoiceLibraryTest {
    private static final Path CONFIG = Path.of("config");
    private static VoiceLibrary library;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadAll() {
        library = VoiceLibrary.load(TestAssets.voices(), CONFIG);
    }

    private static float[] fileRow(String voice, int row) {
        float[] floats = VoicePackFixtures.floats(voice);
        return Arrays.copyOfRange(floats, row * 256, row * 256 + 256);
    }

    @Test
    void listsEveryInstalledVoiceSortedWithCatalogueFacts() {
        List<VoiceInfo> voices = library.voices();

        assertThat(voices).hasSize(55);
        assertThat(voices).extracting(VoiceInfo::id).isSorted().contains("af_heart", "af_jadzia", "zm_yunyang");
        assertThat(voices).contains(
                new VoiceInfo("af_heart", "Heart", Language.AMERICAN_ENGLISH, Gender.FEMALE, "A"),
                new VoiceInfo("am_adam", "Adam", Language.AMERICAN_ENGLISH, Gender.MALE, "F+"),
                new VoiceInfo("bm_lewis", "Lewis", Language.BRITISH_ENGLISH, Gender.MALE, "D+"),
                new VoiceInfo("jf_gongitsune", "Gongitsune", Language.JAPANESE, Gender.FEMALE, "C"),
                new VoiceInfo("ef_dora", "Dora", Language.SPANISH, Gender.FEMALE, null),
                new VoiceInfo("af_jadzia", "Jadzia", Language.AMERICAN_ENGLISH, Gender.FEMALE, null));
    }

    @Test
    void resolvesAnInstalledVoiceCaseInsensitively() {
        Voice voice = library.resolve(" AF_Bella ");

        assertThat(voice.id()).isEqualTo("af_bella");
        assertThat(voice.language()).isEqualTo(Language.AMERICAN_ENGLISH);
        assertThat(voice.styleFor(20)).containsExactly(fileRow("af_bella", 19));
        assertThat(library.resolve("af_bella")).isSameAs(voice);
        assertThat(library.resolve("ff_siwis").language()).isEqualTo(Language.FRENCH);
    }

    @Test
    void weightedBlendIsTheWeightedMeanOfTheRows() {
        Voice blend = library.resolve("af_bella(2)+af_sky(1)");

        assertThat(blend.id()).isEqualTo("af_bella(2)+af_sky(1)");
        for (int row : new int[] {0, 1, 99, 509}) {
            float[] bella = fileRow("af_bella", row);
            float[] sky = fileRow("af_sky", row);
            float[] style = blend.styleFor(row + 1);
            for (int i = 0; i < 256; i++) {
                assertThat(style[i]).isCloseTo((2 * bella[i] + sky[i]) / 3, within(1e-6f));
            }
        }
    }

    @Test
    void subtractionPushesAwayFromTheSubtractedVoice() {
        Voice voice = library.resolve("af_bella - af_sky(0.3)");

        assertThat(voice.id()).isEqualTo("af_bella(1)-af_sky(0.3)");
        float[] bella = fileRow("af_bella", 41);
        float[] sky = fileRow("af_sky", 41);
        float[] style = voice.styleFor(42);
        for (int i = 0; i < 256; i++) {
            assertThat(style[i]).isCloseTo((bella[i] - 0.3f * sky[i]) / 0.7f, within(1e-5f));
        }
    }

    @Test
    void aBlendOfAVoiceWithItselfIsThatVoice() {
        float[] style = library.resolve("af_bella(3)-af_bella(1)").styleFor(100);

        assertThat(style).containsExactly(fileRow("af_bella", 99), within(1e-6f));
    }

    @Test
    void theSameBlendIsComputedOnce() {
        Voice first = library.resolve("af_bella+af_sky");

        assertThat(library.resolve("AF_BELLA + af_sky(1)")).isSameAs(first);
        assertThat(library.resolve("af_bella(1)+af_sky(1)")).isSameAs(first);
        assertThat(library.resolve("af_sky+af_bella").id()).isEqualTo("af_sky+af_bella");
    }

    @Test
    void blendCacheIsBounded() {
        VoiceLibrary small = VoiceLibrary.load(TestAssets.voices(), CONFIG, VoicePackReaders.standard(), 2);

        Voice first = small.resolve("af_bella+af_sky");
        small.resolve("af_bella+am_adam");
        small.resolve("af_bella+am_echo");

        Voice again = small.resolve("af_bella+af_sky");
        assertThat(again).isNotSameAs(first);
        assertThat(again.styleFor(7)).containsExactly(first.styleFor(7));
    }

    @Test
    void blendLanguageIsTheFirstVoices() {
        assertThat(library.resolve("bf_emma+af_sky").language()).isEqualTo(Language.BRITISH_ENGLISH);
        assertThat(library.resolve("af_sky+bf_emma").language()).isEqualTo(Language.AMERICAN_ENGLISH);
    }

    @Test
    void allThirteenOpenAiVoicesResolveToInstalledVoices() {
        List<String> openAi = List.of("alloy", "ash", "ballad", "coral", "echo", "fable", "onyx", "nova", "sage",
                "shimmer", "verse", "marin", "cedar");

        assertThat(library.openAiVoices()).containsOnlyKeys(openAi);
        for (String name : openAi) {
            Voice voice = library.resolve(name.toUpperCase(Locale.ROOT));
            assertThat(voice.id()).isEqualTo(library.openAiVoices().get(name));
            assertThat(library.voices()).extracting(VoiceInfo::id).contains(voice.id());
        }
        assertThat(library.resolve("alloy").id()).isEqualTo("af_alloy");
        assertThat(library.resolve("Echo").id()).isEqualTo("am_echo");
        assertThat(library.resolve("fable").id()).isEqualTo("bm_fable");
        assertThat(library.resolve("onyx").id()).isEqualTo("am_onyx");
        assertThat(library.resolve("nova").id()).isEqualTo("af_nova");
    }

    @Test
    void openAiNamesWorkInsideBlends() {
        Voice voice = library.resolve("Nova(1) + alloy(3)");

        assertThat(voice.id()).isEqualTo("af_nova(1)+af_alloy(3)");
        assertThat(library.resolve("af_nova(1)+af_alloy(3)")).isSameAs(voice);
        float[] nova = fileRow("af_nova", 9);
        float[] alloy = fileRow("af_alloy", 9);
        float[] style = voice.styleFor(10);
        for (int i = 0; i < 256; i++) {
            assertThat(style[i]).isCloseTo((nova[i] + 3 * alloy[i]) / 4, within(1e-6f));
        }
    }

    @Test
    void unknownVoiceSuggestsCloseNames() {
        assertThatThrownBy(() -> library.resolve("af_bela+af_sky")).isInstanceOfSatisfying(UnknownVoiceException.class,
                e -> {
                    assertThat(e.code()).isEqualTo("voice_not_found");
                    assertThat(e.param()).isEqualTo("voice");
                    assertThat(e.voice()).isEqualTo("af_bela");
                    assertThat(e.suggestions()).first().isEqualTo("af_bella");
                    assertThat(e.getMessage()).contains("'af_bela'").contains("af_bella");
                });
        assertThatThrownBy(() -> library.resolve("bella")).isInstanceOfSatisfying(UnknownVoiceException.class,
                e -> assertThat(e.suggestions()).contains("af_bella"));
        assertThatThrownBy(() -> library.resolve("shimer")).isInstanceOfSatisfying(UnknownVoiceException.class,
                e -> assertThat(e.suggestions()).contains("shimmer"));
    }

    @Test
    void unknownVoiceWithNothingCloseListsInstalledVoices() {
        assertThatThrownBy(() -> library.resolve("zzzzzzzzzzzzzzzz"))
                .isInstanceOfSatisfying(UnknownVoiceException.class, e -> {
                    assertThat(e.suggestions()).isEmpty();
                    assertThat(e.getMessage()).contains("af_alloy").contains("55");
                });
    }

    @Test
    void badSyntaxAndBadWeightsAreInvalidVoice() {
        assertThatThrownBy(() -> library.resolve("af_bella++af_sky")).isInstanceOfSatisfying(
                InvalidVoiceSpecException.class, e -> assertThat(e.code()).isEqualTo("invalid_voice"));
        assertThatThrownBy(() -> library.resolve("af_bella-af_sky")).isInstanceOfSatisfying(
                InvalidVoiceSpecException.class, e -> assertThat(e.code()).isEqualTo("invalid_voice_weight"));
    }

    @Test
    void concurrentRequestsGetTheSameValues() throws Exception {
        List<String> specs = List.of("af_bella(2)+af_sky(1)", "nova+alloy", "bm_fable-bm_george(0.2)", "af_heart");
        List<float[]> expected = specs.stream().map(s -> library.resolve(s).styleFor(33)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i % specs.size();
                String spec = i % 8 == 0 ? specs.get(k) + "+af_river(0." + (1 + i % 9) + ")" : specs.get(k);
                results.add(pool.submit(() -> {
                    float[] style = library.resolve(spec).styleFor(33);
                    return spec.contains("af_river") || Arrays.equals(style, expected.get(k));
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void voicesWithoutACatalogueRowAreDescribedByTheirId() throws Exception {
        Files.copy(TestAssets.voice("af_bella"), dir.resolve("bm_custom_v2.pt"));

        VoiceLibrary custom = VoiceLibrary.load(dir, CONFIG);

        assertThat(custom.voices()).containsExactly(
                new VoiceInfo("bm_custom_v2", "Custom V2", Language.BRITISH_ENGLISH, Gender.MALE, null));
        assertThat(custom.resolve("bm_custom_v2").language()).isEqualTo(Language.BRITISH_ENGLISH);
    }

    @Test
    void openAiNameWhoseVoiceIsMissingSaysSo() throws Exception {
        Files.copy(TestAssets.voice("af_bella"), dir.resolve("af_bella.pt"));
        VoiceLibrary onlyBella = VoiceLibrary.load(dir, CONFIG);

        assertThatThrownBy(() -> onlyBella.resolve("alloy")).isInstanceOf(UnknownVoiceException.class)
                .hasMessageContaining("af_alloy").hasMessageContaining("not installed");
    }

    @Test
    void mixesFormatsAndKeepsTheFirstFileOfADuplicateName() throws Exception {
        Files.copy(TestAssets.voice("af_bella"), dir.resolve("af_bella.pt"));
        Files.write(dir.resolve("af_sky.bin"), VoicePackFixtures.rawBytes("af_sky"));
        // Sorted after af_bella.pt, so its af_bella (really am_adam's floats) loses.
        VoicePackFixtures.writeZip(dir.resolve("voices-v1.0.bin"), false, Map.of(
                "af_bella.npy", VoicePackFixtures.npy("am_adam", "(510, 1, 256)", 1),
                "bf_emma.npy", VoicePackFixtures.npy("bf_emma", "(510, 1, 256)", 1)));
        Files.writeString(dir.resolve("README.md"), "not a voice");
        Files.writeString(dir.resolve("._af_heart.pt"), "macOS litter");

        VoiceLibrary mixed = VoiceLibrary.load(dir, CONFIG);

        assertThat(mixed.voices()).extracting(VoiceInfo::id).containsExactly("af_bella", "af_sky", "bf_emma");
        assertThat(mixed.resolve("af_bella").styleFor(1)).containsExactly(fileRow("af_bella", 0));
        assertThat(mixed.resolve("af_sky").styleFor(1)).containsExactly(fileRow("af_sky", 0));
        assertThat(mixed.resolve("bf_emma").styleFor(1)).containsExactly(fileRow("bf_emma", 0));
    }

    @Test
    void missingOrEmptyVoicesFolderFailsAtStartup() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> VoiceLibrary.load(missing, CONFIG)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> VoiceLibrary.load(dir, CONFIG)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("No voice packs");
    }

    @Test
    void corruptPackFailsAtStartupNamingIt() throws Exception {
        Files.copy(TestAssets.voice("af_bella"), dir.resolve("af_bella.pt"));
        Files.write(dir.resolve("af_broken.pt"), new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThatThrownBy(() -> VoiceLibrary.load(dir, CONFIG)).isInstanceOf(VoiceLoadException.class)
                .hasMessageContaining("af_broken.pt");
    }

    @Test
    void missingConfigFails() throws Exception {
        Files.copy(TestAssets.voice("af_bella"), dir.resolve("af_bella.pt"));

        assertThatThrownBy(() -> VoiceLibrary.load(dir, dir.resolve("config")))
                .isInstanceOf(VoiceLoadException.class).hasMessageContaining("voices.tsv");
    }
}
