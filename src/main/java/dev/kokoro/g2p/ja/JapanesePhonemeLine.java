package dev.kokoro.g2p.ja;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the phonemes of a sentence's words with misaki's Japanese spacing: a space after every word; an
 * opening quote takes a space before it and none after, a closing quote, comma or stop none before and
 * one after; a glottal stop (っ) at a word's edge joins the words on its two sides unless punctuation
 * stands there.
 *
 * <p>Not thread-safe; one per sentence.
 */
final class JapanesePhonemeLine {
    private static final Pattern SPACE_AT_GLOTTAL_STOP = Pattern.compile("(?<![!\",.:;?»—…”]) (?=ʔ)|(?<=ʔ) (?![\"«“])");

    private final List<String> pieces = new ArrayList<>();
    private final List<Boolean> spaceAfter = new ArrayList<>();

    void add(Word.Kind kind, String phonemes) {
        int previous = pieces.size() - 1;
        switch (kind) {
            case OPENING -> {
                if (previous >= 0) {
                    spaceAfter.set(previous, true);
                }
                spaceAfter.add(false);
            }
            case CLOSING -> {
                if (previous >= 0) {
                    spaceAfter.set(previous, false);
                }
                spaceAfter.add(true);
            }
            case SPACE -> spaceAfter.add(false);
            case READING, PHONEMES, FREE -> spaceAfter.add(true);
        }
        pieces.add(phonemes);
    }

    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            line.append(pieces.get(i)).append(spaceAfter.get(i) ? " " : "");
        }
        String spaced = line.toString().replaceAll("\\s+", " ").strip();
        return SPACE_AT_GLOTTAL_STOP.matcher(spaced).replaceAll("");
    }
}
