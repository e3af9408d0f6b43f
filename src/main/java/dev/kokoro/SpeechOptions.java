package dev.kokoro;

import dev.kokoro.error.InvalidInputException;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.text.normalize.NormalizationOptions;
import java.util.Objects;

/**
 * How a text is spoken, besides its voice. Immutable; start from {@link #DEFAULTS} and change what you need:
 * {@code SpeechOptions.DEFAULTS.withSpeed(1.2f).withLanguage("en-gb")}.
 *
 * @param speed         speaking rate, 1 = natural, from 0.25 to 4
 * @param language      the language the words are read in: a code such as {@code a}, {@code en-gb} or {@code ja};
 *                      null reads them in the voice's own language
 * @param volume        linear gain on the samples, from 0 to 10
 * @param normalization how numbers, units, URLs and symbols are turned into words
 */
public record SpeechOptions(float speed, String language, float volume, NormalizationOptions normalization) {
    /** Natural speed, the voice's language, unchanged volume, every normalization on. */
    public static final SpeechOptions DEFAULTS = new SpeechOptions(1f, null, 1f, NormalizationOptions.DEFAULTS);

    private static final float MAX_VOLUME = 10f;

    /**
     * @throws InvalidInputException if the speed or volume is out of range
     */
    public SpeechOptions {
        if (!(speed >= SpeechSpec.MIN_SPEED && speed <= SpeechSpec.MAX_SPEED)) {
            throw new InvalidInputException("Speed must be between " + SpeechSpec.MIN_SPEED + " and "
                    + SpeechSpec.MAX_SPEED + ", was " + speed + ".", "speed", "invalid_speed");
        }
        if (!(volume >= 0 && volume <= MAX_VOLUME)) {
            throw new InvalidInputException("Volume must be between 0 and " + MAX_VOLUME + ", was " + volume + ".",
                    "volume", "invalid_volume");
        }
        Objects.requireNonNull(normalization, "normalization");
    }

    public SpeechOptions withSpeed(float speed) {
        return new SpeechOptions(speed, language, volume, normalization);
    }

    public SpeechOptions withLanguage(String language) {
        return new SpeechOptions(speed, language, volume, normalization);
    }

    public SpeechOptions withVolume(float volume) {
        return new SpeechOptions(speed, language, volume, normalization);
    }

    public SpeechOptions withNormalization(NormalizationOptions normalization) {
        return new SpeechOptions(speed, language, volume, normalization);
    }
}
