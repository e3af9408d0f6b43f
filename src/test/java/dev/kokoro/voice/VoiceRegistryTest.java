package dev.kokoro.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.error.ConflictException;
import dev.kokoro.error.ForbiddenException;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.error.NotFoundException;
import dev.kokoro.error.UnprocessableException;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@NeedsAssets
class VoiceRegistryTest {
    private static final Path CONFIG = Path.of("config");
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);

    @TempDir
    Path stockDir;
    @TempDir
    Path dataDir;

    private VoiceLibrary library;
    private VoiceRegistry registry;

    @BeforeEach
    void open() throws Exception {
        for (String id : List.of("af_bella", "af_sky", "am_adam", "bf_emma")) {
            Files.copy(TestAssets.voice(id), stockDir.resolve(id + ".pt"));
        }
        library = newLibrary();
        registry = VoiceRegistry.open(dataDir, library, VoicePackReaders.standard(), 1000, CLOCK);
    }

    private VoiceLibrary newLibrary() {
        return VoiceLibrary.load(stockDir, CONFIG);
    }

    private static VoiceRegistry.Request named(String id) {
        return new VoiceRegistry.Request(id, null, null, null);
    }

    private static byte[] pt(Voice voice) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PtVoicePackWriter.write(voice, "upload", out);
        return out.toByteArray();
    }

    @Test
    void aFormulaVoiceHoldsExactlyTheBlendsNumbers() {
        CreatedVoice mix = registry.createFromFormula(
                new VoiceRegistry.Request("mix", "Mix", " warm ", null), "af_bella(2) + af_sky");

        assertThat(library.resolve("mix").table()).isEqualTo(library.resolve("af_bella(2)+af_sky").table());
        assertThat(library.resolve("MIX")).isSameAs(mix.voice());
        assertThat(mix.formula()).isEqualTo("af_bella(2)+af_sky(1)");
        assertThat(mix.language()).isEqualTo(Language.AMERICAN_ENGLISH);
        assertThat(mix.gender()).isEqualTo(Gender.FEMALE);
        assertThat(mix.description()).isEqualTo("warm");
        assertThat(mix.createdAt()).isEqualTo(1_800_000_000L);
        assertThat(library.voices()).contains(new VoiceInfo("mix", "Mix", Language.AMERICAN_ENGLISH, Gender.FEMALE, null));
    }

    @Test
    void aFormulaMayNameCreatedVoicesAndMixedGendersAreUnknown() {
        registry.createFromFormula(named("one"), "af_bella");
        CreatedVoice two = registry.createFromFormula(named("two"), "one(3)+am_adam");

        VoiceTable expected = VoiceTable.weightedSum(
                List.of(library.resolve("af_bella").table(), library.resolve("am_adam").table()), new double[] {0.75, 0.25});
        assertThat(two.voice().table()).isEqualTo(expected);
        assertThat(two.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(two.name()).isEqualTo("two");
    }

    @Test
    void aCreatedVoiceSpeaksItsOwnLanguageAloneAndFirstInABlend() {
        registry.createFromFormula(new VoiceRegistry.Request("posh", null, null, "en-gb"), "af_sky");

        assertThat(library.resolve("posh").language()).isEqualTo(Language.BRITISH_ENGLISH);
        assertThat(library.resolve("posh(2)+af_sky").language()).isEqualTo(Language.BRITISH_ENGLISH);
        assertThat(library.resolve("af_sky+posh").language()).isEqualTo(Language.AMERICAN_ENGLISH);
        assertThat(library.resolve("bf_emma+af_sky").language()).isEqualTo(Language.BRITISH_ENGLISH);
    }

    @Test
    void uploadsInEveryFormatHoldTheSentFloats() throws Exception {
        Voice sky = library.resolve("af_sky");
        byte[] raw = VoicePackFixtures.rawBytes("af_sky");

        CreatedVoice fromPt = registry.createFromPack(named("af_sky_pt"), "sky.pt", pt(sky));
        CreatedVoice fromNpy = registry.createFromPack(new VoiceRegistry.Request("sky_npy", "Sky", null, "b"),
                "sky.npy", VoicePackFixtures.npy("af_sky", "(510, 256)", 1));
        CreatedVoice fromBin = registry.createFromPack(new VoiceRegistry.Request("sky_bin", null, null, "ja"),
                "SKY.BIN", raw);

        for (CreatedVoice voice : List.of(fromPt, fromNpy, fromBin)) {
            assertThat(voice.voice().table()).as(voice.id()).isEqualTo(sky.table());
            assertThat(voice.formula()).isNull();
        }
        assertThat(fromPt.language()).isEqualTo(Language.AMERICAN_ENGLISH);
        assertThat(fromPt.gender()).isEqualTo(Gender.FEMALE);
        assertThat(fromNpy.language()).isEqualTo(Language.BRITISH_ENGLISH);
        assertThat(fromNpy.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(fromBin.language()).isEqualTo(Language.JAPANESE);
        assertThat(library.resolve("sky_bin").language()).isEqualTo(Language.JAPANESE);
    }

    @Test
    void packsOfTheWrongShapeOrWithNanOrInfinityOrOfNoFormatAre422s() throws Exception {
        byte[] raw = VoicePackFixtures.rawBytes("af_sky");
        byte[] nan = raw.clone();
        ByteBuffer.wrap(nan).order(ByteOrder.LITTLE_ENDIAN).putFloat(4 * 1000, Float.NaN);
        byte[] infinite = raw.clone();
        ByteBuffer.wrap(infinite).order(ByteOrder.LITTLE_ENDIAN).putFloat(4 * 77, Float.POSITIVE_INFINITY);
        byte[] shortRaw = Arrays.copyOf(raw, raw.length - 4 * 256);

        List<Callable<CreatedVoice>> uploads = List.of(
                () -> registry.createFromPack(named("af_x"), "x.bin", shortRaw),
                () -> registry.createFromPack(named("af_x"), "x.npy",
                        VoicePackFixtures.npy(shortRaw, "<f4", "(509, 1, 256)", 1)),
                () -> registry.createFromPack(named("af_x"), "x.npy", VoicePackFixtures.npy(raw, "<f4", "(256, 510)", 1)),
                () -> registry.createFromPack(named("af_x"), "x.bin", nan),
                () -> registry.createFromPack(named("af_x"), "x.npy", VoicePackFixtures.npy(infinite, "<f4", "(510, 256)", 1)),
                () -> registry.createFromPack(named("af_x"), "x.txt", raw),
                () -> registry.createFromPack(named("af_x"), "x.pt", "not a zip".getBytes()));
        for (Callable<CreatedVoice> upload : uploads) {
            assertThatThrownBy(upload::call).isInstanceOfSatisfying(UnprocessableException.class, e -> {
                assertThat(e.param()).isEqualTo("file");
                assertThat(e.code()).isEqualTo("invalid_voice_pack");
                assertThat(e.getMessage()).doesNotContain(dataDir.toString());
            });
        }
        assertThatThrownBy(uploads.get(3)::call).hasMessageContaining("not a finite number");
        assertThat(library.createdVoice("af_x")).isEmpty();
        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left).as("staged uploads are removed").isEmpty();
        }
    }

    @Test
    void anUploadNeedsALanguageUnlessItsIdHasALanguagePrefix() {
        byte[] raw = VoicePackFixtures.rawBytes("af_sky");

        assertThatThrownBy(() -> registry.createFromPack(named("mine"), "x.bin", raw))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.param()).isEqualTo("language"));
        assertThatThrownBy(() -> registry.createFromPack(named("xf_mine"), "x.bin", raw))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.param()).isEqualTo("language"));
        assertThatThrownBy(() -> registry.createFromPack(new VoiceRegistry.Request("mine", null, null, "klingon"),
                "x.bin", raw)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.param()).isEqualTo("language"));
        assertThat(registry.createFromPack(named("zm_mine"), "x.bin", raw).language())
                .isEqualTo(Language.MANDARIN_CHINESE);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "My_Voice", "my-voice", "my voice", "stimme_ä",
            "a123456789a123456789a123456789a123456789a123456789a123456789abcde"})
    void badIdsAre400sOnVoiceId(String id) {
        assertThatThrownBy(() -> registry.createFromFormula(named(id), "af_sky"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.param()).isEqualTo("voice_id");
                    assertThat(e.code()).isEqualTo("invalid_voice_id");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"af_sky", "alloy", "nova", "taken"})
    void idsOfStockVoicesOpenAiNamesAndCreatedVoicesAre409s(String id) {
        registry.createFromFormula(named("taken"), "af_sky");

        assertThatThrownBy(() -> registry.createFromFormula(named(id), "af_bella"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("voice_exists"));
        assertThat(library.resolve("taken").table()).isEqualTo(library.resolve("af_sky").table());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no_such_voice", "af_sky(", "af_sky-af_sky", "   "})
    void aBadFormulaIsA400OnFormula(String formula) {
        assertThatThrownBy(() -> registry.createFromFormula(named("mine"), formula))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.param()).isEqualTo("formula"));
    }

    @Test
    void aFullRegistryRefusesWithItsOwnCode() throws Exception {
        VoiceRegistry small = VoiceRegistry.open(dataDir.resolve("small"), newLibrary(), VoicePackReaders.standard(),
                2, CLOCK);
        small.createFromFormula(named("one"), "af_sky");
        small.createFromFormula(named("two"), "af_sky");

        assertThatThrownBy(() -> small.createFromFormula(named("three"), "af_sky"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("voice_limit_reached"));
        small.delete("one");
        assertThat(small.createFromFormula(named("three"), "af_sky").id()).isEqualTo("three");
    }

    @Test
    void updateChangesOnlyTheDetailsAndStockVoicesAreForbidden() {
        CreatedVoice before = registry.createFromFormula(new VoiceRegistry.Request("mine", "Mine", "old", null), "af_sky");

        CreatedVoice renamed = registry.update("MINE", "Better name", null);
        CreatedVoice described = registry.update("mine", null, "new words");

        assertThat(renamed.name()).isEqualTo("Better name");
        assertThat(renamed.description()).isEqualTo("old");
        assertThat(described.name()).isEqualTo("Better name");
        assertThat(described.description()).isEqualTo("new words");
        assertThat(described.voice()).isSameAs(before.voice());
        assertThat(registry.find("mine")).contains(described);
        assertThat(library.voices()).extracting(VoiceInfo::name).contains("Better name");
        assertThatThrownBy(() -> registry.update("mine", " ", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> registry.update("af_sky", "x", null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registry.delete("af_sky")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> registry.update("nobody", "x", null)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo("voice_not_found"));
        assertThatThrownBy(() -> registry.delete("nobody")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDeletedVoiceIsGoneAlsoFromCachedBlendsAndItsIdCanBeMadeAgain() {
        registry.createFromFormula(named("mine"), "af_bella");
        Voice oldBlend = library.resolve("mine+af_sky");
        assertThat(library.resolve("mine+af_sky")).isSameAs(oldBlend);

        registry.delete("mine");

        assertThatThrownBy(() -> library.resolve("mine+af_sky")).isInstanceOf(UnknownVoiceException.class);
        assertThatThrownBy(() -> library.resolve("mine")).isInstanceOf(UnknownVoiceException.class);
        assertThat(library.voices()).extracting(VoiceInfo::id).doesNotContain("mine");
        registry.createFromFormula(named("mine"), "am_adam");
        assertThat(library.resolve("mine+af_sky").table()).isEqualTo(library.resolve("am_adam+af_sky").table())
                .isNotEqualTo(oldBlend.table());
    }

    @Test
    void aBlendCachedFromAVoiceThatWasSinceReplacedIsNotServed() {
        BlendCache cache = new BlendCache(4);
        Voice sky = library.resolve("af_sky");
        Voice oldMine = new Voice("mine", Language.AMERICAN_ENGLISH, library.resolve("af_bella").table());
        Voice newMine = new Voice("mine", Language.AMERICAN_ENGLISH, library.resolve("am_adam").table());
        Voice stale = new Voice("mine+af_sky", Language.AMERICAN_ENGLISH, oldMine.table());
        Voice fresh = new Voice("mine+af_sky", Language.AMERICAN_ENGLISH, newMine.table());

        // A request that resolved the old voice puts its blend in after the voice was replaced.
        cache.get("mine+af_sky", List.of(oldMine, sky), () -> stale);

        assertThat(cache.get("mine+af_sky", List.of(newMine, sky), () -> fresh)).isSameAs(fresh);
        assertThat(cache.get("mine+af_sky", List.of(newMine, sky), () -> stale)).isSameAs(fresh);
        cache.forget(newMine);
        assertThat(cache.size()).isZero();
    }

    @Test
    void voicesSurviveAReopenWithTheirDetailsAndNumbers() throws Exception {
        CreatedVoice mix = registry.createFromFormula(new VoiceRegistry.Request("mix", "Mix", "two voices", "b"),
                "af_bella+af_sky(3)");
        CreatedVoice upload = registry.createFromPack(named("am_upload"), "u.npy",
                VoicePackFixtures.npy("am_adam", "(510, 1, 256)", 2));
        registry.createFromFormula(named("gone"), "af_sky");
        registry.update("mix", "Mix 2", null);
        registry.delete("gone");

        VoiceLibrary reopened = newLibrary();
        VoiceRegistry again = VoiceRegistry.open(dataDir, reopened, VoicePackReaders.standard(), 1000, Clock.systemUTC());

        CreatedVoice mixAgain = again.find("mix").orElseThrow();
        assertThat(mixAgain).usingRecursiveComparison().ignoringFields("voice", "name").isEqualTo(mix);
        assertThat(mixAgain.name()).isEqualTo("Mix 2");
        assertThat(mixAgain.voice().table()).isEqualTo(mix.voice().table());
        assertThat(reopened.resolve("mix").language()).isEqualTo(Language.BRITISH_ENGLISH);
        assertThat(again.find("am_upload").orElseThrow().voice().table()).isEqualTo(upload.voice().table());
        assertThat(again.find("gone")).isEmpty();
        assertThat(reopened.voices()).hasSize(4 + 2);
    }

    @Test
    void aReopenClearsInterruptedWritesAndSkipsWhatItCannotRead() throws Exception {
        registry.createFromFormula(named("good"), "af_sky");
        Files.writeString(dataDir.resolve(".tmp-good.json-123"), "{\"id\": \"go");
        Files.copy(dataDir.resolve("good.pt"), dataDir.resolve("half.pt"));      // crashed before its details
        Files.writeString(dataDir.resolve("broken.json"), "{\"id\": \"broken\"}");
        Files.writeString(dataDir.resolve("af_sky.json"), Files.readString(dataDir.resolve("good.json"))
                .replace("\"good\"", "\"af_sky\""));
        Files.copy(dataDir.resolve("good.pt"), dataDir.resolve("af_sky.pt"));    // a stock id since taken

        VoiceLibrary reopened = newLibrary();
        VoiceRegistry again = VoiceRegistry.open(dataDir, reopened, VoicePackReaders.standard(), 1000, CLOCK);

        assertThat(again.find("good")).isPresent();
        assertThat(again.find("half")).isEmpty();
        assertThat(again.find("broken")).isEmpty();
        assertThat(again.find("af_sky")).isEmpty();
        assertThat(reopened.resolve("af_sky").table()).isEqualTo(library.resolve("af_sky").table());
        assertThat(dataDir.resolve(".tmp-good.json-123")).doesNotExist();
    }

    @Test
    void aMissingFolderIsMadeByTheFirstVoiceAndAnUnwritableOneDoesNotStopTheStart() throws Exception {
        Path missing = dataDir.resolve("not/yet");
        VoiceRegistry fresh = VoiceRegistry.open(missing, newLibrary(), VoicePackReaders.standard(), 10, CLOCK);
        assertThat(missing).doesNotExist();
        fresh.createFromFormula(named("first"), "af_sky");
        assertThat(missing.resolve("first.pt")).isRegularFile();
        assertThat(missing.resolve("first.json")).isRegularFile();

        Path blocked = Files.writeString(dataDir.resolve("a-file"), "not a folder").resolve("voices");
        VoiceLibrary lib = newLibrary();
        VoiceRegistry unwritable = VoiceRegistry.open(blocked, lib, VoicePackReaders.standard(), 10, CLOCK);
        assertThatThrownBy(() -> unwritable.createFromFormula(named("second"), "af_sky"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(lib.createdVoice("second")).isEmpty();
    }

    @Test
    void concurrentCreatesAndDeletesLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(pool.submit(() -> registry.createFromFormula(named("v" + n), "af_sky(" + (n + 1) + ")+am_adam").id()));
                // Eight clients race for one id: exactly one may win.
                results.add(pool.submit(() -> {
                    try {
                        return registry.createFromFormula(named("contested"), "af_bella").id();
                    } catch (ConflictException e) {
                        return "lost";
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn("contested"::equals).hasSize(1);
            List<Future<?>> deletes = new ArrayList<>();
            for (int n = 0; n < 40; n += 2) {
                String id = "v" + n;
                deletes.add(pool.submit(() -> registry.delete(id)));
            }
            for (Future<?> delete : deletes) {
                delete.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> expected = new ArrayList<>(IntStream.range(0, 40).filter(n -> n % 2 == 1).mapToObj(n -> "v" + n).toList());
        expected.add("contested");
        VoiceLibrary reopened = newLibrary();
        VoiceRegistry.open(dataDir, reopened, VoicePackReaders.standard(), 1000, CLOCK);
        for (VoiceLibrary lib : List.of(library, reopened)) {
            assertThat(lib.voices()).extracting(VoiceInfo::id).filteredOn(id -> !id.contains("_"))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(reopened.resolve("v7").table()).isEqualTo(library.resolve("af_sky(8)+am_adam").table());
    }
}
