package dev.kokoro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kokoro.audio.AudioFormat;
import dev.kokoro.config.ConfigException;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.testing.DecodedAudio;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.voice.PtVoicePackReader;
import dev.kokoro.voice.UnknownVoiceException;
import dev.kokoro.voice.Voice;
import dev.kokoro.voice.VoicePackFile;
import dev.kokoro.voice.VoiceTable;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API on a mini twin with the real voices, lexicons and espeak-ng. */
@NeedsAssets
class KokoroTest {
    private static final String TEXT = "The quick brown fox jumps over the lazy dog. It was not amused at all.";
    private static Kokoro kokoro;

    @BeforeAll
    static void load(@TempDir Path data) {
        kokoro = builder(TestAssets.miniModel("A")).setting("data-dir", data.toString()).build();
    }

    @AfterAll
    static void close() {
        kokoro.close();
    }

    private static Kokoro.Builder builder(Path model) {
        return Kokoro.builder().model(model).modelConfig(TestAssets.modelConfig()).voices(TestAssets.voices())
                .lexicons(TestAssets.lexicons()).setting("threads", "2");
    }

    @Test
    void generateGivesTheWholeAudioAndEveryWordInOrder() throws Exception {
        GeneratedSpeech speech = kokoro.generate(TEXT, "af_heart", SpeechOptions.DEFAULTS);

        assertThat(speech.sampleRate()).isEqualTo(24_000);
        assertThat(speech.seconds()).isGreaterThan(1.0);
        assertThat(speech.words()).extracting(WordTime::word).containsExactly("The", "quick", "brown", "fox", "jumps",
                "over", "the", "lazy", "dog", "It", "was", "not", "amused", "at", "all");
        for (int i = 1; i < speech.words().size(); i++) {
            assertThat(speech.words().get(i).start()).isGreaterThanOrEqualTo(speech.words().get(i - 1).end());
        }
        assertThat(speech.words().getLast().end()).isLessThanOrEqualTo(speech.seconds());
        float[] floats = speech.floatSamples();
        assertThat(floats).hasSameSizeAs(speech.samples());
        assertThat(floats[floats.length / 2]).isEqualTo(speech.samples()[floats.length / 2] / 32768f);
    }

    @Test
    void encodedAudioDecodesToTheSameLength() throws Exception {
        GeneratedSpeech speech = kokoro.generate("Hello there.", "bf_emma", SpeechOptions.DEFAULTS);

        DecodedAudio wav = DecodedAudio.decode(speech.encode(AudioFormat.WAV), "wav");

        assertThat(wav.sampleRate()).isEqualTo(24_000);
        assertThat(wav.sampleCount()).isEqualTo(speech.samples().length);
    }

    @Test
    void streamHandsOutConsecutiveChunksThatAddUpToTheWholeAudio() throws Exception {
        String text = (TEXT + " ").repeat(4);
        GeneratedSpeech whole = kokoro.generate(text, "am_adam", SpeechOptions.DEFAULTS.withSpeed(1.2f));
        List<short[]> pieces = new ArrayList<>();
        try (SpeechChunks chunks = kokoro.stream(text, "am_adam", SpeechOptions.DEFAULTS.withSpeed(1.2f))) {
            double expectedStart = 0;
            double progress = 0;
            for (SpeechChunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                assertThat(chunks.progress()).isGreaterThanOrEqualTo(progress);
                progress = chunks.progress();
                assertThat(chunk.index()).isEqualTo(pieces.size());
                assertThat(chunk.startSeconds()).isCloseTo(expectedStart, org.assertj.core.data.Offset.offset(1e-9));
                for (WordTime word : chunk.words()) {
                    assertThat(word.start()).isGreaterThanOrEqualTo(chunk.startSeconds());
                }
                expectedStart += chunk.seconds();
                pieces.add(chunk.samples());
            }
            assertThat(progress).isGreaterThan(0.99);
        }
        assertThat(pieces).hasSizeGreaterThan(1);
        short[] joined = new short[pieces.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (short[] piece : pieces) {
            System.arraycopy(piece, 0, joined, at, piece.length);
            at += piece.length;
        }
        // The model adds random noise to its excitation (as Kokoro does), so only the timing repeats exactly.
        assertThat(joined.length).isEqualTo(whole.samples().length);
    }

    @Test
    void cancellingFromAnotherThreadStopsTheSynthesisAndFreesItsSlot() throws Exception {
        SpeechChunks chunks = kokoro.stream((TEXT + " ").repeat(40), "af_heart", SpeechOptions.DEFAULTS);
        assertThat(chunks.next()).isNotNull();
        Thread stopper = Thread.ofVirtual().start(chunks::cancel);
        stopper.join();

        assertThat(chunks.next()).isNull();
        assertThat(kokoro.scheduler().stats().openStreams()).isZero();
        chunks.close();
    }

    @Test
    void oneInstanceServesManyThreadsAtOnceWithTheSameResults() throws Exception {
        GeneratedSpeech alone = kokoro.generate(TEXT, "af_sky", SpeechOptions.DEFAULTS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<GeneratedSpeech>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> kokoro.generate(TEXT, "af_sky", SpeechOptions.DEFAULTS)));
            }
            for (Future<GeneratedSpeech> result : results) {
                assertThat(result.get().samples().length).isEqualTo(alone.samples().length);
                assertThat(result.get().words()).isEqualTo(alone.words());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void optionsChangeWhatIsSpoken() throws Exception {
        double natural = kokoro.generate(TEXT, "af_heart", SpeechOptions.DEFAULTS).seconds();
        double fast = kokoro.generate(TEXT, "af_heart", SpeechOptions.DEFAULTS.withSpeed(2f)).seconds();
        short[] quiet = kokoro.generate("Hello.", "af_heart", SpeechOptions.DEFAULTS.withVolume(0f)).samples();

        assertThat(fast).isLessThan(natural * 0.7);
        assertThat(quiet).containsOnly((short) 0);
        assertThat(kokoro.phonemize("Hello", "a")).isEqualTo("həlˈO");
        assertThat(kokoro.phonemize("tomato", "en-gb")).isNotEqualTo(kokoro.phonemize("tomato", "en-us"));
    }

    @Test
    void voicesListsTheInstalledVoices() {
        assertThat(kokoro.voices()).hasSizeGreaterThanOrEqualTo(54)
                .anySatisfy(v -> assertThat(v.id()).isEqualTo("af_heart"));
    }

    @Test
    void exportedBlendIsAPackThatReadsBackAsTheBlend(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mix.pt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        kokoro.exportVoice("af_bella(2)+af_sky", bytes);
        Files.write(file, bytes.toByteArray());

        VoiceTable read = new PtVoicePackReader().read(VoicePackFile.probe(file)).values().iterator().next();

        Voice exported = new Voice("exported", read);
        Voice blend = kokoro.voiceLibrary().resolve("af_bella(2)+af_sky");
        for (int phonemes = 1; phonemes <= 510; phonemes++) {
            assertThat(exported.styleFor(phonemes)).isEqualTo(blend.styleFor(phonemes));
        }
    }

    @Test
    void badInputIsTypedAndNamesWhatIsWrong() {
        assertThatThrownBy(() -> kokoro.generate("Hi", "af_nobody", SpeechOptions.DEFAULTS))
                .isInstanceOf(UnknownVoiceException.class).hasMessageContaining("af_nobody");
        assertThatThrownBy(() -> kokoro.generate("  ", "af_heart", SpeechOptions.DEFAULTS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> kokoro.stream("Hi", "af_heart", SpeechOptions.DEFAULTS.withLanguage("xx")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("xx");
        assertThatThrownBy(() -> SpeechOptions.DEFAULTS.withSpeed(9f))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Speed");
    }

    @Test
    void missingFilesAndUnknownSettingsAreConfigErrors(@TempDir Path dir) {
        assertThatThrownBy(() -> builder(dir.resolve("none.onnx")).build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("none.onnx");
        assertThatThrownBy(() -> builder(TestAssets.miniModel("A")).setting("no-such-setting", "1").build())
                .isInstanceOf(ConfigException.class).hasMessageContaining("no-such-setting");
    }
}
