package dev.kokoro.g2p;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.kokoro.g2p.neural.EnglishG2pModel;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pronounces one English word given its lexicon tag and what follows it, trying in turn: the function words
 * of {@link FunctionWords}; the lexicon (the entry for the tag); an initialism spelled letter by letter; an
 * inflection of a known stem ({@link Inflection}); the parts of a hyphenated compound; the parts of a word
 * that runs letters and digits together (covid19, PlayStation5: each part a word of its own, digits read
 * as a number) or a CamelCase word whose every part is known (iPhone, PlayStation); then the trained model
 * ({@link EnglishG2pModel}); and last espeak-ng, mapped to misaki's symbols, for what the model cannot read
 * (letters outside its alphabet). Guessed words get exactly one primary stress.
 *
 * <p>A word in capitals is read as a word when the lexicon lists it so (NASA), or when its lowercase form is
 * a stressed word or the tagger does not take it for a name (HELLO, AND); otherwise it is spelled (FBI,
 * and US or IT as proper nouns, which the lexicon marks so).
 *
 * <p>Immutable and thread-safe ({@link EspeakNg} serialises its own calls; ICU's number format is not
 * thread-safe, so each thread has its own).
 */
final class EnglishWords {
    /** Where letters meet digits: PlayStation|5, covid|19, 4|K. */
    private static final Pattern LETTERS_DIGITS = Pattern.compile("(?<=\\p{L})(?=\\p{Nd})|(?<=\\p{Nd})(?=\\p{L})");
    /** Where a lowercase letter meets a capital, the only CamelCase split misaki makes (i|Phone, Play|Station). */
    private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    /** A number with an ordinal or plural ending (3rd, 1990s): one word, left to espeak-ng as before. */
    private static final Pattern NUMBER_WITH_ENDING = Pattern.compile("\\p{Nd}+(?:st|nd|rd|th|s)");
    /** Past this many digits a number is read digit by digit. */
    private static final int MAX_NUMBER_DIGITS = 15;

    private final Lexicon lexicon;
    private final FunctionWords functionWords;
    private final LetterSpelling spelling;
    private final Inflection inflection;
    private final boolean british;
    private final EnglishG2pModel model;
    private final EspeakNg espeak;
    private final String espeakVoice;
    private final EnglishIpaMapping ipaMapping;
    private final ThreadLocal<RuleBasedNumberFormat> numbers;

    EnglishWords(Lexicon lexicon, boolean british, EnglishG2pModel model, EspeakNg espeak, String espeakVoice) {
        this.lexicon = lexicon;
        this.functionWords = new FunctionWords(lexicon);
        this.spelling = new LetterSpelling(lexicon);
        this.inflection = new Inflection(british);
        this.british = british;
        this.model = model;
        this.espeak = espeak;
        this.espeakVoice = espeakVoice;
        this.ipaMapping = new EnglishIpaMapping(british);
        ULocale locale = british ? ULocale.UK : ULocale.US;
        this.numbers = ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT));
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
        if (phonemes == null) {
            phonemes = lettersAndDigits(word, tag, next);
        }
        if (phonemes == null) {
            phonemes = camelCase(word, tag, next);
        }
        return phonemes != null ? phonemes : guess(word);
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
            phonemes[i] = known != null ? known : pronounce(part, tag, after);
            after = NextSound.startOf(phonemes[i], after);
        }
        return joinLeaningOnOne(parts, phonemes);
    }

    /**
     * The parts of a word that runs letters and digits together, read as separate words as misaki does
     * (covid19 → kˈOvˌɪd nˌIntˈin): letters as a word (CamelCase split if need be), digits as a number.
     * Digits alone are a number too. Null when the word has no digits, or is a number with an ending.
     */
    private String lettersAndDigits(String word, String tag, NextSound next) {
        String[] parts = LETTERS_DIGITS.split(word);
        if ((parts.length < 2 && !word.chars().allMatch(Character::isDigit))
                || NUMBER_WITH_ENDING.matcher(word).matches()) {
            return null;
        }
        String[] phonemes = new String[parts.length];
        NextSound after = next;
        for (int i = parts.length - 1; i >= 0; i--) {
            String part = parts[i];
            if (part.chars().allMatch(Character::isDigit)) {
                phonemes[i] = number(part, after);
            } else {
                String known = known(part, tag, after);
                if (known == null) {
                    known = camelCase(part, tag, after);
                }
                phonemes[i] = known != null ? known : guess(part);
            }
            after = NextSound.startOf(phonemes[i], after);
        }
        return String.join(" ", phonemes);
    }

    /**
     * A CamelCase word read part by part when the lexicon knows every part (iPhone ˈIfˌOn, PlayStation),
     * stressed like a compound; null otherwise, so that a name such as McKinsey is guessed whole.
     */
    private String camelCase(String word, String tag, NextSound next) {
        String[] parts = CAMEL_CASE.split(word);
        if (parts.length < 2) {
            return null;
        }
        String[] phonemes = new String[parts.length];
        NextSound after = next;
        for (int i = parts.length - 1; i >= 0; i--) {
            phonemes[i] = known(parts[i], tag, after);
            if (phonemes[i] == null) {
                return null;
            }
            after = NextSound.startOf(phonemes[i], after);
        }
        return joinLeaningOnOne(parts, phonemes);
    }

    /** Digits as a number ("19" nineteen, "2000" two thousand), or digit by digit with a leading zero or many digits. */
    private String number(String digits, NextSound next) {
        String words;
        if ((digits.length() > 1 && digits.charAt(0) == '0') || digits.length() > MAX_NUMBER_DIGITS) {
            StringBuilder each = new StringBuilder();
            digits.chars().forEach(d -> each.append(numbers.get().format(Character.digit(d, 10))).append(' '));
            words = each.toString();
        } else {
            words = numbers.get().format(Long.parseLong(digits), british ? "%spellout-cardinal-verbose" : "%spellout-numbering");
        }
        String[] spelled = words.trim().split("[\\s\u00AD]+");
        String[] phonemes = new String[spelled.length];
        NextSound after = next;
        for (int i = spelled.length - 1; i >= 0; i--) {
            phonemes[i] = pronounce(spelled[i], null, after);
            after = NextSound.startOf(phonemes[i], after);
        }
        return String.join(" ", phonemes);
    }

    /** Parts of one word joined: only one keeps its primary stress (see {@link #compound}). */
    private static String joinLeaningOnOne(String[] parts, String[] phonemes) {
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

    /** A word nothing above knows: the model's reading, else espeak-ng's. */
    private String guess(String word) {
        String phonemes = fromModel(word);
        return phonemes != null ? phonemes : fromEspeak(word);
    }

    /** The model's reading with exactly one primary stress, or null when the model cannot read the word. */
    String fromModel(String word) {
        String phonemes = model.phonemes(word, british);
        return phonemes == null || phonemes.isEmpty() ? null : Stress.onePrimary(phonemes);
    }

    String fromEspeak(String word) {
        String phonemes = ipaMapping.toMisaki(espeak.toIpa(word, espeakVoice));
        return phonemes.isEmpty() ? phonemes : Stress.withPrimary(phonemes);
    }
}
