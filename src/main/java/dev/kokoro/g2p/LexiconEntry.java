package dev.kokoro.g2p;

import java.util.Map;

/**
 * One headword of misaki's lexicon: a single pronunciation, or several keyed by part of speech (the
 * heteronyms: read, live, record...).
 */
sealed interface LexiconEntry {
    /** The key of the pronunciation to use when no part of speech says otherwise. */
    String DEFAULT = "DEFAULT";
    /** The key of the pronunciation misaki uses when nothing is said after the word ("yes we can."). */
    String BEFORE_PAUSE = "None";

    /**
     * The pronunciation for a part-of-speech tag (a Penn tag such as {@code VBD} or a coarse one such as
     * {@code VERB}; null when unknown), or null when the lexicon deliberately has none for it.
     *
     * @param beforePause whether the word ends its phrase (nothing or punctuation follows)
     */
    String pronunciation(String posTag, boolean beforePause);

    record Single(String phonemes) implements LexiconEntry {
        @Override
        public String pronunciation(String posTag, boolean beforePause) {
            return phonemes;
        }
    }

    /** Pronunciations by tag; always has {@link #DEFAULT}, values may be null. */
    record ByTag(Map<String, String> phonemesByTag) implements LexiconEntry {
        @Override
        public String pronunciation(String posTag, boolean beforePause) {
            if (beforePause && phonemesByTag.containsKey(BEFORE_PAUSE)) {
                return phonemesByTag.get(BEFORE_PAUSE);
            }
            if (posTag != null) {
                if (phonemesByTag.containsKey(posTag)) {
                    return phonemesByTag.get(posTag);
                }
                String coarse = coarseTag(posTag);
                if (phonemesByTag.containsKey(coarse)) {
                    return phonemesByTag.get(coarse);
                }
            }
            return phonemesByTag.get(DEFAULT);
        }

        /** The lexicon's coarse tag for a Penn Treebank tag: VBD → VERB, NNS → NOUN, RB → ADV, JJR → ADJ. */
        private static String coarseTag(String tag) {
            if (tag.startsWith("VB")) {
                return "VERB";
            } else if (tag.startsWith("NN")) {
                return "NOUN";
            } else if (tag.startsWith("RB") || tag.startsWith("ADV")) {
                return "ADV";
            } else if (tag.startsWith("JJ") || tag.startsWith("ADJ")) {
                return "ADJ";
            }
            return tag;
        }
    }
}
