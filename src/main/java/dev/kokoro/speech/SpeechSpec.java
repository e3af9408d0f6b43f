package dev.kokoro.speech;

import dev.kokoro.scheduling.Priority;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.voice.Voice;
import java.util.Map;

/**
 * Everything that decides what a synthesis sounds like, already validated.
 *
 * @param input         the text, possibly with inline markup ({@code [pause:1s]}, {@code [word](/ipa/)})
 * @param voice         the voice or blend speaking it
 * @param language      the language its words are read in
 * @param speed         speaking rate, 1 = natural
 * @param volume        linear gain applied to the samples
 * @param normalization how numbers, URLs, units... are turned into words
 * @param priority      live or background, and so when its chunks run while others compete
 * @param voiceAliases  names speaker tags may use for voices (alias → voice spec), besides configured ones
 * @param largestPieces true: the text goes to the model in pieces as large as it takes (510 phonemes), cut only
 *                      where that limit forces it, for a client that asked for its text not to be split into
 *                      sentences; false: piece sizes follow the priority ({@link ChunkSizes})
 */
public record SpeechSpec(
        String input,
        Voice voice,
        Language language,
        float speed,
        float volume,
        NormalizationOptions normalization,
        Priority priority,
        Map<String, String> voiceAliases,
        boolean largestPieces) {
    /** The slowest and fastest speaking rates; a rate tag's pace is kept between them too. */
    public static final float MIN_SPEED = 0.25f;
    public static final float MAX_SPEED = 4.0f;

    public SpeechSpec {
        voiceAliases = Map.copyOf(voiceAliases);
    }
}
