package dev.kokoro.g2p;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.g2p.ja.JapaneseG2P;
import dev.kokoro.text.Language;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One G2P per language, created on first use and then shared: English loads its lexicons and the shared
 * part-of-speech tagger then, Japanese its dictionary and word list, the other languages only need espeak-ng.
 * All of them use the process-wide {@link EspeakNg#shared()} instance, which loads the native library on
 * first use.
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

    /**
     * The G2P for a language.
     *
     * @throws InvalidInputException (param {@code lang_code}, code {@code unsupported_language}) for Mandarin
     *                               Chinese, which is not supported yet
     */
    public G2P forLanguage(Language language) {
        if (language == Language.MANDARIN_CHINESE) {
            throw new InvalidInputException("Language '" + language.tag() + "' is not supported yet: this server "
                    + "phonemizes English, Spanish, French, Hindi, Italian, Japanese and Brazilian Portuguese.",
                    "lang_code", "unsupported_language");
        }
        return byLanguage.computeIfAbsent(language, this::create);
    }

    private G2P create(Language language) {
        if (language.isEnglish()) {
            return new EnglishG2P(language, lexiconDir, EspeakNg.shared(), EnglishPosTagger.shared(), vocab);
        }
        if (language == Language.JAPANESE) {
            // Latin words in Japanese text are read as American English, loaded on first need.
            return new JapaneseG2P(lexiconDir, () -> forLanguage(Language.AMERICAN_ENGLISH), vocab);
        }
        return new EspeakG2P(language, EspeakNg.shared(), vocab);
    }
}
