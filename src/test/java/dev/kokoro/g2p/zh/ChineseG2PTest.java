package dev.kokoro.g2p.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.g2p.G2P;
import dev.kokoro.g2p.PhonemeVocab;
import dev.kokoro.testing.TestVocab;
import dev.kokoro.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseG2PTest {
    /** Stands in for the English G2P, so that these tests show what reaches it. */
    private static final G2P ENGLISH = englishGiving(text -> text.toLowerCase(Locale.ROOT));

    private static PhonemeVocab vocab;
    private static ChineseG2P g2p;

    @BeforeAll
    static void load() {
        vocab = TestVocab.kokoro();
        g2p = new ChineseG2P(() -> ENGLISH, ToneSandhi.NONE, vocab);
    }

    private static G2P englishGiving(UnaryOperator<String> phonemes) {
        return new G2P() {
            @Override
            public Language language() {
                return Language.AMERICAN_ENGLISH;
            }

            @Override
            public String phonemize(String text) {
                return phonemes.apply(text);
            }
        };
    }

    @Test
    void isMandarinChinese() {
        assertThat(g2p.language()).isEqualTo(Language.MANDARIN_CHINESE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "你好，世界。", "他说：「你好」！《红楼梦》（第一回）……", "日本語のテキストです。", "😀表情符号★☆♪～",
            "Ｆｕｌｌ　ｗｉｄｔｈ　１２３", "稀有字：龘靐齉爩", "¥$€ #@% & * ^ | ~ < > [ ] { }", "ㄅㄆㄇ한국어", "",
            "   ", "他—她‘引号’“双引号”", "嗯哼呣欸哟噷"})
    void keepsEveryOutputSymbolInsideTheVocabulary(String text) {
        // English phonemes with a symbol Kokoro lacks must be filtered too.
        ChineseG2P withOddEnglish = new ChineseG2P(() -> englishGiving(english -> "ɪŋɡlɪʃ☃"), ToneSandhi.NONE, vocab);
        String phonemes = withOddEnglish.phonemize(text);
        phonemes.codePoints().forEach(cp -> assertThat(cp == ' ' || vocab.contains(cp))
                .as("U+%04X in %s", cp, phonemes).isTrue());
        assertThat(phonemes).doesNotContain("  ").isEqualTo(phonemes.strip());
    }

    @Test
    void englishWordsGoToTheEnglishG2PSpacedOffFromTheChinese() {
        assertThat(g2p.phonemize("我用iPhone打电话。")).isEqualTo("wo↓jʊ↘ŋ iphone ta↓tjɛ↘nxwa↘.");
        assertThat(g2p.phonemize("我喜欢New York。")).isEqualTo("wo↓ ɕi↓xwa→n new york.");
    }

    @Test
    void punctuationIsMappedAndSpacedAsMisakiDoes() {
        assertThat(g2p.phonemize("你好，世界！")).isEqualTo("ni↓xau↓, ʂɨ↘ʨje↘!");
        // misaki spaces a closing mark off from the comma after it.
        assertThat(g2p.phonemize("《红楼梦》、（书）")).isEqualTo("“xʊ↗ŋlou↗mə↘ŋ” , (ʂu→)");
        // The normalizer has already turned full-width marks and corner brackets into ASCII ones.
        assertThat(g2p.phonemize("他说:\"你好\",我笑了.")).isEqualTo("tʰa→ ʂwo→: “ni↓xau↓” , wo↓ ɕjau↘ lɤ.");
        // A quotation cut by the sentence splitter: its closing quote follows the sentence's end.
        assertThat(g2p.phonemize("我很好.\"")).isEqualTo("wo↓ xə↓n xau↓. ”");
    }

    @Test
    void readsDigitsTheNormalizerLeftOneByOne() {
        assertThat(g2p.phonemize("302房间")).isEqualTo(g2p.phonemize("三零二房间"));
    }

    @Test
    void appliesTheToneSandhiStepToTheWords() {
        ToneSandhi allFirstTone = words -> words.stream()
                .map(w -> new ChineseWord(w.text(),
                        w.syllables().stream().map(s -> new Syllable(s.letters(), 1)).toList()))
                .toList();
        ChineseG2P level = new ChineseG2P(() -> ENGLISH, allFirstTone, vocab);
        assertThat(g2p.phonemize("你好")).isEqualTo("ni↓xau↓");
        assertThat(level.phonemize("你好")).isEqualTo("ni→xau→");
    }

    @Test
    void concurrentCallsGiveTheSequentialResults() throws Exception {
        List<String> texts = List.of("我们去银行吧。", "他在路上行走。", "孩子长大了，这条路的长度是多少？",
                "二零二四年三月五日，百分之五十。");
        List<String> sequential = texts.stream().map(g2p::phonemize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 25; round++) {
                        out.addAll(texts.stream().map(g2p::phonemize).toList());
                    }
                    return out;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                List<String> out = result.get(60, TimeUnit.SECONDS);
                for (int i = 0; i < out.size(); i++) {
                    assertThat(out.get(i)).isEqualTo(sequential.get(i % texts.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
