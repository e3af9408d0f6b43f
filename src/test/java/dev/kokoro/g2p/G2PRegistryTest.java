package dev.kokoro.g2p;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kokoro.g2p.ja.JapaneseG2P;
import dev.kokoro.g2p.zh.ChineseG2P;
import dev.kokoro.testing.NeedsAssets;
import dev.kokoro.testing.TestAssets;
import dev.kokoro.text.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@NeedsAssets
class G2PRegistryTest {
    private static G2PRegistry registry;

    @BeforeAll
    static void create() {
        registry = new G2PRegistry(TestAssets.lexicons(), PhonemeVocab.load(TestAssets.modelConfig()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasOneSharedG2P(Language language) {
        G2P g2p = registry.forLanguage(language);
        assertThat(g2p.language()).isEqualTo(language);
        assertThat(registry.forLanguage(language)).isSameAs(g2p);
        Class<?> expected = switch (language) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> EnglishG2P.class;
            case JAPANESE -> JapaneseG2P.class;
            case MANDARIN_CHINESE -> ChineseG2P.class;
            default -> EspeakG2P.class;
        };
        assertThat(g2p).isInstanceOf(expected);
    }

    @Test
    void concurrentCallsInManyLanguagesGiveTheSequentialResults() throws Exception {
        Map<Language, String> texts = new LinkedHashMap<>();
        texts.put(Language.AMERICAN_ENGLISH, "The quick brown fox, named Blorptastic, jumps over the lazy dog!");
        texts.put(Language.BRITISH_ENGLISH, "Tomato and schedule; Zorblax's garage is \"really\" quite far.");
        texts.put(Language.SPANISH, "El perro de San Roque no tiene rabo, porque Ramón Rodríguez se lo ha cortado.");
        texts.put(Language.FRENCH, "Un chasseur sachant chasser doit savoir chasser sans son chien. Le weekend !");
        texts.put(Language.HINDI, "मेरा नाम राम है। आप कैसे हैं?");
        texts.put(Language.ITALIAN, "Trentatré trentini entrarono a Trento tutti e trentatré trotterellando.");
        texts.put(Language.BRAZILIAN_PORTUGUESE, "O rato roeu a roupa do rei de Roma, e não sei porquê.");
        texts.put(Language.JAPANESE, "昨日、東京で三本のペンとiPhoneを買いました。");
        texts.put(Language.MANDARIN_CHINESE, "我们去银行吧，他在路上行走。我用iPhone打电话。");
        List<Language> perThread = new ArrayList<>(texts.keySet());
        perThread.add(Language.AMERICAN_ENGLISH);

        Map<Language, String> sequential = new LinkedHashMap<>();
        texts.forEach((language, text) -> sequential.put(language, registry.forLanguage(language).phonemize(text)));

        ExecutorService pool = Executors.newFixedThreadPool(perThread.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (Language language : perThread) {
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        out.add(registry.forLanguage(language).phonemize(texts.get(language)));
                    }
                    return out;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (int i = 0; i < perThread.size(); i++) {
                Language language = perThread.get(i);
                assertThat(results.get(i).get(60, TimeUnit.SECONDS))
                        .as(language.name()).hasSize(20).containsOnly(sequential.get(language));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.values()).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).isNotBlank());
    }
}
