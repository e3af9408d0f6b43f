package dev.kokoro.g2p;

import dev.kokoro.text.Language;
import java.util.Objects;
import java.util.Set;

/**
 * G2P for the languages Kokoro reads through espeak-ng alone: Spanish, French, Hindi, Italian and Brazilian
 * Portuguese. The text is cut at punctuation; each stretch of words goes to espeak-ng with the language's
 * voice and through {@link EspeakIpaMapping}, and the punctuation Kokoro knows is put back where it was.
 *
 * <p>Thread-safe: it holds no mutable state; espeak-ng calls are serialised by {@link EspeakNg}.
 */
public final class EspeakG2P implements G2P {
    /** The languages this class serves. */
    public static final Set<Language> LANGUAGES = Set.of(Language.SPANISH, Language.FRENCH, Language.HINDI,
            Language.ITALIAN, Language.BRAZILIAN_PORTUGUESE);

    private static final EspeakIpaMapping IPA_MAPPING = new EspeakIpaMapping();

    private final Language language;
    private final EspeakNg espeak;
    private final PhonemeVocab vocab;

    public EspeakG2P(Language language, EspeakNg espeak, PhonemeVocab vocab) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException(language + " is not read through espeak-ng alone");
        }
        this.language = language;
        this.espeak = Objects.requireNonNull(espeak, "espeak");
        this.vocab = Objects.requireNonNull(vocab, "vocab");
    }

    @Override
    public Language language() {
        return language;
    }

    @Override
    public String phonemize(String text) {
        PhonemeLine line = new PhonemeLine();
        int runStart = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (Punctuation.isBreak(cp)) {
                String words = text.substring(runStart, i);
                line.append(phonemizeWords(words), endsWithSpace(words));
                boolean opening = Punctuation.quoteOpensAfter(i == 0 ? -1 : text.codePointBefore(i));
                line.append(Punctuation.toKokoro(cp, opening), end < text.length() && Character.isWhitespace(text.codePointAt(end)));
                runStart = end;
            }
            i = end;
        }
        line.append(phonemizeWords(text.substring(runStart)), false);
        return vocab.keepKnown(line.toString());
    }

    private String phonemizeWords(String words) {
        String trimmed = words.strip();
        return trimmed.isEmpty() ? "" : IPA_MAPPING.toKokoro(espeak.toIpa(trimmed, language.espeakVoice()));
    }

    private static boolean endsWithSpace(String words) {
        return !words.isEmpty() && Character.isWhitespace(words.charAt(words.length() - 1));
    }
}
