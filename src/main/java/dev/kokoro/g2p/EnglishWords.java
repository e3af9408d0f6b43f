package dev.kokoro.g2p;

import java.util.Locale;

/**
 * Pronounces one English word given its lexicon tag and what follows it, trying in turn: the function words
 * of {@link FunctionWords}; the lexicon (the entry for the tag); an initialism spelled letter by letter; an
 * inflection of a known stem ({@link Inflection}); the parts of a hyphenated compound; and last espeak-ng,
 * mapped to misaki's symbols with one primary stress.
 *
 * <p>A word in capitals is read as a word when the lexicon lists it so (NASA), or when its lowercase form is
 * a stressed word or the tagger does not take it for a name (HELLO, AND); otherwise it is spelled (FBI,
 * and US or IT as proper nouns, which the lexicon marks so).
 *
 * <p>Immutable and thread-safe ({@link EspeakNg} serialises its own calls).
 */
final class EnglishWords {
    private final Lexicon lexicon;
    private final FunctionWords functionWords;
    private final LetterSpelling spelling;
    private final Inflection inflection;
    private final EspeakNg espeak;
    private final String espeakVoice;
    private final EnglishIpaMapping ipaMapping;

    EnglishWords(Lexicon lexicon, boolean british, EspeakNg espeak, String espeakVoice) {
        this.lexicon = lexicon;
        this.functionWords = new FunctionWords(lexicon);
        this.spelling = new LetterSpelling(lexicon);
        this.inflection = new Inflection(british);
        this.espeak = espeak;
        this.espeakVoice = espeakVoice;
        this.ipaMapping = new EnglishIpaMapping(british);
    }

    /**
     * @param tag  the word's lexicon tag ({@link PartOfSpeech}), or null
     * @param next how the next word starts, or {@link NextSound#PAUSE} before punctuation or the end
     */
    String pronounce(String word, String tag, NextSound next) {
        String phonemes = known(word, tag, next);
        if (phonemes == null && word.indexOf('-') > 0) {
            phonemes = compound(word, tag, next);
        }
        return phonemes != null ? phonemes : fromEspeak(word);
    }

    /** The word from the lexicon, its letters, or a known stem; null when none of them knows it. */
    private String known(String word, String tag, NextSound next) {
        String phonemes = functionWords.pronounce(word, tag, next);
        if (phonemes == null) {
            phonemes = fromLexicon(word, tag, next);
        }
        if (phonemes == null) {
            phonemes = inflection.pronounce(word, stem -> fromLexicon(stem, tag, NextSound.CONSONANT));
        }
        return phonemes;
    }

    private String fromLexicon(String word, String tag, NextSound next) {
        boolean pause = next == NextSound.PAUSE;
        if (word.length() > 1 && Lexicon.isAllCapitals(word)) {
            return capitals(word, tag, pause);
        }
        LexiconEntry entry = null;
        if (tag != null && tag.startsWith("VB") && !word.equals(word.toLowerCase(Locale.ROOT))) {
            // "Polish the silver": a capitalised verb is the lowercase word, not the name the lexicon lists.
            entry = lexicon.find(word.toLowerCase(Locale.ROOT));
        }
        if (entry == null) {
            entry = lexicon.find(word);
        }
        String phonemes = entry == null ? null : entry.pronunciation(tag, pause);
        return phonemes == null ? null : Stress.forCapitals(word, phonemes);
    }

    private String capitals(String word, String tag, boolean pause) {
        LexiconEntry entry = lexicon.findCased(word);
        if (entry != null) {
            String phonemes = entry.pronunciation(tag, pause);
            return phonemes != null ? Stress.forCapitals(word, phonemes) : spelling.spell(word);
        }
        entry = lexicon.findCased(word.toLowerCase(Locale.ROOT));
        String phonemes = entry == null ? null : entry.pronunciation(tag, pause);
        if (phonemes != null && (Stress.hasPrimary(phonemes) || !"NNP".equals(tag))) {
            return Stress.forCapitals(word, phonemes);
        }
        return spelling.spell(word);
    }

    /**
     * A hyphenated word part by part, joined without a space. English compounds of this kind mostly stress
     * their last part (well-known wˌɛlnˈOn, sixty-five, state-of-the-art), so only the last part with a
     * primary stress keeps it; a one-letter first part keeps the stress instead (X-ray ˈɛksɹˌA, e-mail),
     * as in misaki.
     */
    private String compound(String word, String tag, NextSound next) {
        String[] parts = word.split("-");
        String[] phonemes = new String[parts.length];
        NextSound after = next;
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i];
            String known = part.isEmpty() ? "" : known(part, tag, after);
            phonemes[i] = known != null ? known : fromEspeak(part);
            after = NextSound.startOf(phonemes[i], after);
        }
        int keep = -1;
        for (int i = phonemes.length - 1; i >= 0 && keep < 0; i--) {
            keep = Stress.hasPrimary(phonemes[i]) ? i : -1;
        }
        if (parts.length == 2 && parts[0].length() == 1 && Stress.hasPrimary(phonemes[0])) {
            keep = 0;
        }
        for (int i = 0; i < phonemes.length; i++) {
            if (i != keep) {
                phonemes[i] = Stress.demote(phonemes[i]);
            }
        }
        return String.join("", phonemes);
    }

    private String fromEspeak(String word) {
        String phonemes = ipaMapping.toMisaki(espeak.toIpa(word, espeakVoice));
        return phonemes.isEmpty() ? phonemes : Stress.withPrimary(phonemes);
    }
}
