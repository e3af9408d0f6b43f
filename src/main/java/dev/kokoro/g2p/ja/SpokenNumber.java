package dev.kokoro.g2p.ja;

/**
 * A number as said in Japanese, in hiragana, with its last word kept apart: a counter after it changes how
 * that word sounds (いち + ほん is いっぽん, さん + ほん is さんぼん).
 *
 * @param head      everything said before the last word (にせんにじゅう for 2024)
 * @param last      the last word (よん)
 * @param lastValue what the last word stands for: a digit 0 to 9, 10, a hundreds word 100 to 900 (さんびゃく
 *                  is 300), a thousands word, 10⁴, 10⁸ or 10¹², or {@link #WHAT} for 何 ("how many")
 */
record SpokenNumber(String head, String last, long lastValue) {
    /** {@link #lastValue} of 何, the question word that takes counters like a number. */
    static final long WHAT = -1;

    String text() {
        return head + last;
    }

    /** The same number with its last word said differently (4 as よ before 時). */
    SpokenNumber withLast(String word) {
        return new SpokenNumber(head, word, lastValue);
    }

    /**
     * Whether the last word is cut short to a glottal stop (っ) before a counter starting with h, k or p:
     * いち, ろく, はち, じゅう and the hundreds.
     */
    boolean geminatesBeforeHKP() {
        return lastValue == 1 || lastValue == 6 || lastValue == 8 || lastValue == 10 || isHundreds();
    }

    /** Whether the last word is cut short before a counter starting with s or t: いち, はち, じゅう. */
    boolean geminatesBeforeST() {
        return lastValue == 1 || lastValue == 8 || lastValue == 10;
    }

    /** The number with its last word cut short: いち → いっ, ひゃく → ひゃっ, じゅう → じゅっ. */
    String geminated() {
        return head + last.substring(0, last.length() - 1) + "っ";
    }

    /** Whether the last word ends in ん (さん, よん, せん, まん, なん ...). */
    boolean endsInN() {
        return last.endsWith("ん");
    }

    boolean isWhat() {
        return lastValue == WHAT;
    }

    private boolean isHundreds() {
        return lastValue >= 100 && lastValue < 1000 && lastValue % 100 == 0;
    }
}
