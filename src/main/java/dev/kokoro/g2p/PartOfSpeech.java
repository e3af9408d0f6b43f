package dev.kokoro.g2p;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the tagger's coarse UPOS tags into the Penn-style tags misaki's lexicon is keyed by: NN/NNP, JJ,
 * RB, DT, IN, TO, PRP, and for verbs VB, VBD, VBN, VBG or VBZ.
 *
 * <p>The UD model knows no tense, yet "read" and "wound" sound different in the past (their entries have
 * VBD/VBN keys). A verb's form is therefore read from the words before it: after a modal, "to" or "do"
 * it is the base form; after "have" or "be" a participle; at the start of a sentence an imperative. A
 * finite "read" or "wound" (the verbs spelled alike in both tenses) is taken as past unless the sentence
 * has a present-time word ("every", "usually"...) and no past-time word ("yesterday", "ago"...), since a
 * third-person present would have its -s and narrative text is mostly past. Present forms are tagged VB, never
 * VBP: the lexicon's VBP keys ("read" → ɹˈɛd) are wrong for the present tense.
 *
 * <p>"used" gets VBD (its entry's jˈust) only for "used to" in the sense of habit or familiarity ("I used
 * to swim", "I'm used to it"), not for the passive "it was used to cut".
 *
 * <p>Stateless and thread-safe.
 */
final class PartOfSpeech {
    private static final Set<String> BASE_FORM_BEFORE = Set.of("will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "do", "does", "did", "don't", "doesn't", "didn't", "won't",
            "wouldn't", "can't", "cannot", "couldn't", "shouldn't", "mustn't", "to", "let", "let's", "please");
    private static final Set<String> PARTICIPLE_BEFORE = Set.of("have", "has", "had", "having", "haven't",
            "hasn't", "hadn't", "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't",
            "wasn't", "weren't", "get", "gets", "got", "gotten", "getting");
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being",
            "isn't", "aren't", "wasn't", "weren't");
    /** Verbs whose present and past are spelled alike but sound different; only these need the tense guess. */
    private static final Set<String> SAME_SPELLING_PAST = Set.of("read", "reread", "misread", "proofread",
            "lipread", "wound", "rewound", "unwound");
    private static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did");
    private static final Set<String> THIRD_PERSON_SINGULAR = Set.of("he", "she", "it", "this", "that", "who");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those");
    private static final Set<String> PAST_TIME = Set.of("yesterday", "ago", "last", "earlier", "once",
            "previously", "already", "then");
    private static final Set<String> PRESENT_TIME = Set.of("every", "always", "usually", "often", "sometimes",
            "daily", "now", "generally", "normally", "today", "nowadays");
    private static final String SENTENCE_END = ".!?";

    private PartOfSpeech() {
    }

    /**
     * Lexicon tags for the tokens (null for punctuation and for tags the lexicon has no use for).
     *
     * @param words the token texts, punctuation marks included
     * @param upos  the tagger's tag for each token
     */
    static String[] lexiconTags(List<String> words, String[] upos) {
        String[] tags = new String[words.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = switch (upos[i]) {
                case "NOUN" -> "NN";
                case "PROPN" -> "NNP";
                case "ADJ" -> "JJ";
                case "ADV" -> "RB";
                case "DET" -> "DT";
                case "ADP", "SCONJ" -> "IN";
                case "CCONJ" -> "CC";
                case "NUM" -> "CD";
                case "INTJ" -> "UH";
                case "PART" -> lower(words.get(i)).equals("to") ? "TO" : "RP";
                case "PRON" -> pronoun(words, upos, i);
                case "VERB", "AUX" -> verb(words, upos, i);
                default -> null;
            };
            if (lower(words.get(i)).equals("used")) {
                tags[i] = used(words, upos, i);
            }
        }
        return tags;
    }

    /** Demonstratives are DT in Penn's scheme (and "that" is stressed then), unless relative ("the book that"). */
    private static String pronoun(List<String> words, String[] upos, int i) {
        String word = lower(words.get(i));
        if (DEMONSTRATIVES.contains(word) && !(i > 0 && upos[i - 1].equals("NOUN"))) {
            return "DT";
        }
        return "PRP";
    }

    private static String verb(List<String> words, String[] upos, int i) {
        String word = lower(words.get(i));
        if (word.endsWith("ing")) {
            return "VBG";
        }
        int before = previousWord(words, upos, i);
        if (before < 0) {
            return "VB";
        }
        String previous = lower(words.get(before));
        if (BASE_FORM_BEFORE.contains(previous) || previous.endsWith("'ll")) {
            return "VB";
        } else if (BE.contains(previous) && !looksLikeParticiple(word)) {
            // "was present", "is live", "are perfect": a predicate adjective the tagger took for a verb.
            return "JJ";
        } else if (PARTICIPLE_BEFORE.contains(previous) || previous.endsWith("'ve") || previous.endsWith("'s")
                || previous.endsWith("'re") || previous.endsWith("'m")) {
            return "VBN";
        } else if (word.endsWith("ed") || IRREGULAR_PAST.contains(word)) {
            return "VBD";
        } else if (word.endsWith("s") && !word.endsWith("ss")) {
            return "VBZ";
        } else if (SAME_SPELLING_PAST.contains(word)) {
            return pastBySubjectAndTime(words, i, previous) ? "VBD" : "VB";
        }
        return "VB";
    }

    /** Regular participles end in -ed or -en/-wn; the irregular ones that matter here are spelled like their past. */
    private static boolean looksLikeParticiple(String word) {
        return word.endsWith("ed") || word.endsWith("en") || word.endsWith("wn") || SAME_SPELLING_PAST.contains(word);
    }

    private static boolean pastBySubjectAndTime(List<String> words, int i, String subject) {
        if (THIRD_PERSON_SINGULAR.contains(subject)) {
            return true;
        }
        boolean present = false;
        for (int j = sentenceStart(words, i); j < words.size() && !isSentenceEnd(words.get(j)); j++) {
            String w = lower(words.get(j));
            if (PAST_TIME.contains(w)) {
                return true;
            }
            present |= PRESENT_TIME.contains(w);
        }
        return !present;
    }

    private static String used(List<String> words, String[] upos, int i) {
        int to = i + 1;
        if (to >= words.size() || !lower(words.get(to)).equals("to")) {
            return "VBN";
        }
        int before = previousWord(words, upos, i);
        boolean passive = before >= 0 && BE.contains(lower(words.get(before)))
                && to + 1 < words.size() && upos[to + 1].equals("VERB") && !lower(words.get(to + 1)).endsWith("ing");
        return passive ? "VBN" : "VBD";
    }

    /** The word before {@code i} in the same sentence, skipping adverbs ("will not read", "have already read"). */
    private static int previousWord(List<String> words, String[] upos, int i) {
        for (int j = i - 1; j >= 0; j--) {
            String w = words.get(j);
            if (isSentenceEnd(w) || !Character.isLetter(w.codePointAt(0))) {
                return -1;
            }
            if (!upos[j].equals("ADV") && !upos[j].equals("PART") || lower(w).equals("to")) {
                return j;
            }
        }
        return -1;
    }

    private static int sentenceStart(List<String> words, int i) {
        int j = i;
        while (j > 0 && !isSentenceEnd(words.get(j - 1))) {
            j--;
        }
        return j;
    }

    private static boolean isSentenceEnd(String token) {
        return token.length() == 1 && SENTENCE_END.indexOf(token.charAt(0)) >= 0;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
