package dev.kokoro.g2p;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.g2p.zh.ChineseG2P;
import dev.kokoro.g2p.zh.ToneSandhi;
import dev.kokoro.text.Language;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One G2P per language, created on first use and then shared: English loads its lexicons and the shared
 * part-of-speech tagger then, Mandarin Chinese its word and pinyin dictionaries, the other languages only
 * need espeak-ng. All of them use the process-wide {@link EspeakNg#shared()} instance, which loads the native
 * library on first use.
 *
 * <p>Thread-safe: concurrent first requests for a language build its G2P once; the G2Ps themselves are
 * thread-safe.
 */
public final class G2PRegistry {
    private final Path lexiconDir;
    private final PhonemeVocab vocab;
    private final Map<Language, G2P> byLanguage = new ConcurrentHashMap<>();

    /**
     * @param lexiconDir the folder of misaki's English lexicons ({@code us_gold.json} ...)
     * @param vocab      Kokoro's phoneme symbols; every G2P drops what is not in it
     */
    public G2PRegistry(Path lexiconDir, PhonemeVocab vocab) {
        this.lexiconDir = Objects.requireNonNull(lexiconDir, "lexiconDir");
        this.vocab = Objects.requireNonNull(vocab, "vocab");
    }

    /**
     * The G2P for a language.
     *
     * @throws InvalidInputException (param {@code lang_code}, code {@code unsupported_language}) for Japanese,
     *                               which is not supported yet
     */
    public G2P forLanguage(Language language) {
        if (language == Language.JAPANESE) {
            throw new InvalidInputException("Language '" + language.tag() + "' is not supported yet: this server "
                    + "phonemizes English, Spanish, French, Hindi, Italian, Brazilian Portuguese and Mandarin Chinese.",
                    "lang_code", "unsupported_language");
        }
        if (language == Language.MANDARIN_CHINESE) {
            // Chinese text reads its English words with the American G2P, built outside this map's update.
            G2P english = forLanguage(Language.AMERICAN_ENGLISH);
            return byLanguage.computeIfAbsent(language, l -> new ChineseG2P(english, ToneSandhi.NONE, vocab));
        }
        return byLanguage.computeIfAbsent(language, this::create);
    }

    private G2P create(Language language) {
        if (language.isEnglish()) {
            return new EnglishG2P(language, lexiconDir, EspeakNg.shared(), EnglishPosTagger.shared(), vocab);
        }
        return new EspeakG2P(language, EspeakNg.shared(), vocab);
    }
}
