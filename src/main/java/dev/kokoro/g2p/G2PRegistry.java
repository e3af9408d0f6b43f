package dev.kokoro.g2p;

import dev.kokoro.g2p.ja.JapaneseG2P;
import dev.kokoro.g2p.zh.ChineseG2P;
import dev.kokoro.g2p.zh.ToneSandhi;
import dev.kokoro.text.Language;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One G2P per language, created on first use and then shared: English loads its lexicons and the shared
 * part-of-speech tagger then, Japanese its dictionary and misaki's word list, Mandarin Chinese its word and
 * pinyin dictionaries, the other languages only need espeak-ng. Japanese and Chinese read the Latin words in
 * their text with the American English G2P, asked for when the first such word comes.
 *
 * <p>Thread-safe: concurrent first requests for a language build its G2P once; the G2Ps themselves are
 * thread-safe.
 */
public final class G2PRegistry {
    private final Path lexiconDir;
    private final PhonemeVocab vocab;
    private final Map<Language, G2P> byLanguage = new ConcurrentHashMap<>();

    /**
     * @param lexiconDir the folder of misaki's lexicons ({@code us_gold.json} ..., {@code ja_words.txt})
     * @param vocab      Kokoro's phoneme symbols; every G2P drops what is not in it
     */
    public G2PRegistry(Path lexiconDir, PhonemeVocab vocab) {
        this.lexiconDir = Objects.requireNonNull(lexiconDir, "lexiconDir");
        this.vocab = Objects.requireNonNull(vocab, "vocab");
    }

    /** The G2P for a language, built on the first call for it (seconds for English, Japanese and Chinese). */
    public G2P forLanguage(Language language) {
        return byLanguage.computeIfAbsent(language, this::create);
    }

    /** The languages whose G2P is built and ready, in the enum's order. */
    public Set<Language> ready() {
        Set<Language> ready = EnumSet.noneOf(Language.class);
        ready.addAll(byLanguage.keySet());
        return ready;
    }

    private G2P create(Language language) {
        // Called from inside a G2P's phonemize, never while this map is being updated.
        Supplier<G2P> english = () -> forLanguage(Language.AMERICAN_ENGLISH);
        return switch (language) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH ->
                    new EnglishG2P(language, lexiconDir, EspeakNg.shared(), EnglishPosTagger.shared(), vocab);
            case JAPANESE -> new JapaneseG2P(lexiconDir, english, vocab);
            case MANDARIN_CHINESE -> new ChineseG2P(english, ToneSandhi.NONE, vocab);
            case SPANISH, FRENCH, HINDI, ITALIAN, BRAZILIAN_PORTUGUESE -> new EspeakG2P(language, EspeakNg.shared(), vocab);
        };
    }
}
