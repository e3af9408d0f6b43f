package dev.kokoro.speech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.g2p.G2PRegistry;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.testing.TsvCases;
import dev.kokoro.text.Language;
import dev.kokoro.text.markup.MarkupParser;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.text.normalize.TextNormalizer;
import dev.kokoro.voice.VoiceLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which phoneme tokens of which model call say which written word. */
@NeedsAssets
class WordSpansTest {
    private static PhonemeVocab vocab;
    private static G2PRegistry g2p;
    private static VoiceLibrary voices;

    @BeforeAll
    static void load() {
        vocab = PhonemeVocab.load(TestAssets.modelConfig());
        g2p = new G2PRegistry(TestAssets.lexicons(), vocab);
        voices = VoiceLibrary.load(TestAssets.voices(), Path.of("config"));
    }

    private static List<PlannedItem> plan(String input, Language language, int firstChunk) {
        List<PlannedItem> items = new ArrayList<>();
        new TextPreparation(g2p::forLanguage, voices::resolve, vocab, new TextNormalizer(),
                NormalizationOptions.DEFAULTS, new Speaker(voices.resolve("af_heart"), language, 1f),
                new ChunkPlanner(firstChunk, 250), items::add).run(new MarkupParser().parse(input));
        return items;
    }

    private static String describe(PlannedItem item) {
        return switch (item) {
            case PlannedItem.Speech s -> {
                int[] symbols = s.phonemes().codePoints().toArray();
                yield (s.voice().id().equals("af_heart") && s.speed() == 1f ? "" : "<" + s.voice().id() + " " + s.speed() + "> ")
                        + s.words().stream().map(w -> w.word().written()
                        + (w.word().spoken() == null ? "" : "{" + w.word().spoken() + "}")
                        + "=" + new String(symbols, w.from(), w.to() - w.from())).collect(Collectors.joining(" | "));
            }
            case PlannedItem.Pause p -> "pause" + (p.captionWords().isEmpty() ? "" : " " + p.captionWords());
        };
    }

    static Stream<Arguments> cases() {
        return TsvCases.read("/speech/word-spans.tsv", 4);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("cases")
    void eachWrittenWordIsTiedToTheTokensThatSayIt(String language, String firstChunk, String input, String expected) {
        List<PlannedItem> plan = plan(input, Language.ofCode(language, "language"), Integer.parseInt(firstChunk));
        assertThat(plan.stream().map(WordSpansTest::describe).collect(Collectors.joining(" // "))).isEqualTo(expected);
    }

    @Test
    void everyWrittenWordComesOutOnceAndInOrderWhateverTheText() {
        String[] vocabulary = {"the", "cat", "Dr.", "$5", "3.5", "40–60°C", "10:30pm", "—", "...", "“quoted”",
                "e.g.", "U.S.A.", "2024-03-15", "1,000,000", "x", "MMXXIV", "(aside)", "isn't", "555-1234", "%",
                "C++", "iPhone", "hello,", "world!", "\n", "km/h", "#1", "50%", "1st", "ok?"};
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            String text = Stream.generate(() -> vocabulary[random.nextInt(vocabulary.length)])
                    .limit(1 + random.nextInt(40)).collect(Collectors.joining(" "));
            List<PlannedItem> plan;
            try {
                plan = plan(text, Language.AMERICAN_ENGLISH, 12);
            } catch (dev.kokoro.error.InvalidInputException nothingToSpeak) {
                continue;
            }
            List<String> heard = plan.stream().flatMap(i -> i.captionWords().stream()).map(CaptionWord::written)
                    .toList();
            assertThat(heard).as(text).isEqualTo(WrittenWords.of(text).stream().map(WrittenWords::trimPunctuation).toList());
            PlannedItem.speechOnly(plan).forEach(s -> assertThat(s.words()).as(text).allSatisfy(w ->
                    assertThat(w.from()).isBetween(0, w.to()).isLessThanOrEqualTo(s.tokenIds().length)));
        }
    }
}
