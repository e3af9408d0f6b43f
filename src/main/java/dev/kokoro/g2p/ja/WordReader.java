package dev.kokoro.g2p.ja;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the analyser's morphemes into words with readings: dictionary words by their UniDic pronunciation
 * (so kanji are read in context and the particles は/へ/を come out as wa/e/o), numbers with their counters
 * or units by {@link JapaneseNumbers}, {@link Counters} and {@link Units}, Latin words by {@link LatinText},
 * punctuation by {@link JapanesePunctuation}. A word the dictionary does not know is read from its kana when it is
 * written in kana (a new katakana loanword), else skipped, as misaki does.
 *
 * <p>Thread-safe: one instance serves all sentences and keeps no state between calls.
 */
final class WordReader {
    private final LatinText latin;

    WordReader(LatinText latin) {
        this.latin = latin;
    }

    List<Word> read(List<Morpheme> morphemes) {
        List<Word> words = new ArrayList<>(morphemes.size());
        boolean quoteOpen = false;
        boolean afterMonth = false;
        int i = 0;
        while (i < morphemes.size()) {
            Morpheme m = morphemes.get(i);
            int next = i + 1;
            boolean month = false;
            if (m.isSpace()) {
                words.add(new Word(m.surface(), Word.Kind.SPACE, " "));
            } else if (LatinText.isLatin(m.surface())) {
                next = latinEnd(morphemes, i);
                StringBuilder stretch = new StringBuilder();
                morphemes.subList(i, next).forEach(part -> stretch.append(part.surface()));
                words.add(latin.read(stretch.toString()));
            } else if (JapanesePunctuation.isStraightQuote(m.surface())) {
                quoteOpen = !quoteOpen;
                words.add(JapanesePunctuation.straightQuote(quoteOpen));
            } else if (JapanesePunctuation.isPunctuation(m.surface()) && m.pronunciation().isEmpty()) {
                JapanesePunctuation.append(m.surface(), words);
            } else if (isNumber(morphemes, i)) {
                next = readNumber(morphemes, i, afterMonth, words);
                Morpheme last = morphemes.get(next - 1);
                month = last.surface().equals("月") && last.lemmaReading().equals("ガツ");
            } else {
                String reading = !m.pronunciation().isEmpty() ? m.pronunciation()
                        : KanaPhonemes.isKana(m.surface()) ? m.surface() : "";
                if (!reading.isEmpty()) {
                    words.add(Word.reading(m.surface(), reading));
                }
            }
            afterMonth = month;
            i = next;
        }
        return words;
    }

    /** A numeral, or 何 ("how many") before a counter. */
    private static boolean isNumber(List<Morpheme> morphemes, int i) {
        Morpheme m = morphemes.get(i);
        if (!m.isNumeral()) {
            return false;
        }
        if (m.surface().equals("何")) {
            return i + 1 < morphemes.size() && Counters.isCounter(morphemes.get(i + 1));
        }
        return JapaneseNumbers.isNumerals(m.surface());
    }

    /** Reads the number at {@code start} with its decimals and counter or unit; returns the index after them. */
    private static int readNumber(List<Morpheme> morphemes, int start, boolean afterMonth, List<Word> words) {
        int end = numeralsEnd(morphemes, start);
        StringBuilder surface = new StringBuilder();
        morphemes.subList(start, end).forEach(m -> surface.append(m.surface()));
        long value;
        SpokenNumber number;
        if (surface.toString().equals("何")) {
            value = -1;
            number = new SpokenNumber("", "なん", SpokenNumber.WHAT);
        } else {
            value = JapaneseNumbers.value(surface.toString());
            if (value < 0) { // too long to be one number: say each numeral as the dictionary does
                morphemes.subList(start, end).forEach(m -> words.add(Word.reading(m.surface(), m.pronunciation())));
                return end;
            }
            number = JapaneseNumbers.say(value);
            if (end + 1 < morphemes.size() && morphemes.get(end).surface().equals("点")
                    && isDigits(morphemes.get(end + 1))) {
                int fractionEnd = numeralsEnd(morphemes, end + 1);
                StringBuilder fraction = new StringBuilder();
                morphemes.subList(end + 1, fractionEnd).forEach(m -> fraction.append(m.surface()));
                surface.append('点').append(fraction);
                number = JapaneseNumbers.sayDecimal(value, fraction.toString());
                value = -1;
                end = fractionEnd;
            }
        }
        Units.Match unit = Units.match(morphemes, end);
        if (unit != null) {
            words.add(Word.reading(surface + unit.surface(), number.text() + unit.reading()));
            return unit.end();
        }
        if (end < morphemes.size() && Counters.isCounter(morphemes.get(end))) {
            Morpheme counter = morphemes.get(end);
            words.add(Word.reading(surface + counter.surface(), Counters.say(value, number, counter, afterMonth)));
            return end + 1;
        }
        words.add(Word.reading(surface.toString(), number.text()));
        return end;
    }

    private static int numeralsEnd(List<Morpheme> morphemes, int start) {
        int end = start + 1;
        while (end < morphemes.size() && morphemes.get(end).isNumeral()
                && JapaneseNumbers.isNumerals(morphemes.get(end).surface())) {
            end++;
        }
        return end;
    }

    /** Numerals that are plain digits (no 十, 百 ...), as after a decimal point. */
    private static boolean isDigits(Morpheme m) {
        return m.isNumeral() && m.surface().chars().allMatch(c -> JapaneseNumbers.digit((char) c) >= 0);
    }

    /** The end of a stretch of Latin words starting at {@code start}: single spaces between words belong to it. */
    private static int latinEnd(List<Morpheme> morphemes, int start) {
        int end = start + 1;
        while (end < morphemes.size()) {
            Morpheme m = morphemes.get(end);
            if (LatinText.isLatin(m.surface())) {
                end++;
            } else if (m.surface().equals(" ") && end + 1 < morphemes.size()
                    && LatinText.isLatin(morphemes.get(end + 1).surface())) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }
}
