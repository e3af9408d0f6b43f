package dev.kokoro.voice;

import dev.kokoro.text.Language;

/**
 * A voice the engine can speak with: one installed pack or a blend of several. Immutable and thread-safe.
 */
public final class Voice {
    private final String id;
    private final Language language;
    private final VoiceTable table;

    /**
     * A stock voice, whose id's first letter gives its language ({@code bf_emma} speaks British English).
     */
    public Voice(String id, VoiceTable table) {
        this(id, Language.ofVoiceId(id), table);
    }

    /**
     * @param id       a voice id or canonical blend text
     * @param language what it speaks: a created voice's from its metadata, a blend's from its first voice
     */
    public Voice(String id, Language language, VoiceTable table) {
        this.id = id;
        this.language = language;
        this.table = table;
    }

    /** The canonical spec text: {@code af_bella}, or a blend such as {@code af_bella(2)+af_sky(1)}. */
    public String id() {
        return id;
    }

    /** The language it speaks: a blend speaks that of its first voice. */
    public Language language() {
        return language;
    }

    /**
     * The style vector for a phoneme string of {@code phonemeCount} characters (Unicode code points, counted
     * before the padding tokens are added): row {@code phonemeCount − 1} clamped to the table, as the reference
     * pipeline does ({@code pack[len(ps) - 1]}).
     */
    public float[] styleFor(int phonemeCount) {
        return table.row(rowFor(phonemeCount));
    }

    /** The row {@link #styleFor} uses. */
    public static int rowFor(int phonemeCount) {
        if (phonemeCount < 0) {
            throw new IllegalArgumentException("negative phoneme count " + phonemeCount);
        }
        return Math.clamp(phonemeCount - 1L, 0, VoiceTable.ROWS - 1);
    }

    VoiceTable table() {
        return table;
    }

    @Override
    public String toString() {
        return "Voice[" + id + "]";
    }
}
