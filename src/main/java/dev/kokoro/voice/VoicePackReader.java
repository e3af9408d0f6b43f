package dev.kokoro.voice;

import java.util.Map;

/**
 * Reads one on-disk voice pack format. Implementations are stateless and thread-safe.
 */
public interface VoicePackReader {

    /** Whether {@code file} is in this reader's format, judged by content where the format has a signature. */
    boolean canRead(VoicePackFile file);

    /**
     * The voices in {@code file}, by name.
     *
     * @throws VoiceLoadException if the file is unreadable, truncated or not shaped like a voice pack
     */
    Map<String, VoiceTable> read(VoicePackFile file);
}
