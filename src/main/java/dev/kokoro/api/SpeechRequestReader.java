package dev.kokoro.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kokoro.audio.AudioFormat;
import dev.kokoro.audio.AudioOutput;
import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import dev.kokoro.scheduling.Priority;
import dev.kokoro.speech.SpeechSpec;
import dev.kokoro.text.Language;
import dev.kokoro.text.normalize.NormalizationOptions;
import dev.kokoro.voice.Voice;
import dev.kokoro.voice.VoiceLibrary;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks a {@link SpeechRequest} field by field and turns it into what the pipeline needs. */
final class SpeechRequestReader {
    static final double MAX_VOLUME = 10.0;
    private static final int MAX_INSTRUCTIONS_CHARS = 4096;
    private static final int MAX_ALIASES = 64;

    private final VoiceLibrary voices;
    private final int maxInputChars;

    SpeechRequestReader(VoiceLibrary voices, int maxInputChars) {
        this.voices = voices;
        this.maxInputChars = maxInputChars;
    }

    /**
     * A validated request.
     *
     * @param inputParam the request field that held the input (text or phonemes)
     * @param output     the audio the response carries: format, sample rate, container
     * @param download   the audio to save a downloadable copy as, when the request asked for one
     */
    record Parsed(String model, String inputParam, SpeechSpec spec, AudioOutput output, Delivery delivery,
            Optional<AudioOutput> download) {
    }

    /**
     * @param inputParam the name of the field holding the text (or phonemes), for error messages
     */
    Parsed read(SpeechRequest r, String inputParam) {
        String model = ModelCatalog.require(r.model() == null ? "kokoro" : r.model());
        String input = input(r.input(), inputParam);
        Voice voice = voices.resolve(voiceSpec(r.voice()));
        AudioFormat format = AudioFormat.parse(r.responseFormat() == null ? "mp3" : r.responseFormat(), "response_format");
        AudioOutput output = AudioOutput.of(format, r.sampleRate(), r.container());
        float speed = speed(r.speed()) * PaceInstructions.speedFactor(instructions(r.instructions()));
        Language language = r.langCode() == null || r.langCode().isBlank()
                ? voice.language() : Language.ofCode(r.langCode(), "lang_code");
        float volume = volume(r.volumeMultiplier());
        NormalizationOptions normalization = NormalizationOptionsRequest.toOptions(r.normalizationOptions());
        SpeechSpec spec = new SpeechSpec(input, voice, language,
                Math.clamp(speed, SpeechSpec.MIN_SPEED, SpeechSpec.MAX_SPEED), volume, normalization, Priority.REQUEST,
                aliases(r.voiceAliases()), false);
        return new Parsed(model, inputParam, spec, output, delivery(r.streamFormat(), r.stream()),
                download(r.returnDownloadLink(), r.downloadFormat(), r.sampleRate(), output));
    }

    /** The text (or phonemes) to work on: not blank, at most max-input-chars; {@code param} names its field. */
    String input(String input, String param) {
        if (input == null || input.isBlank()) {
            throw new InvalidInputException("'" + param + "' must be a non-empty string.", param, "empty_input");
        }
        if (input.length() > maxInputChars) {
            throw new InvalidInputException("'" + param + "' is " + input.length() + " characters long; the limit is "
                    + maxInputChars + ".", param, "input_too_long");
        }
        return input;
    }

    private static String voiceSpec(JsonNode voice) {
        JsonNode v = voice != null && voice.isObject() ? voice.get("id") : voice;
        if (v == null || v.isNull()) {
            throw new InvalidInputException("'voice' is required: a voice name such as 'af_heart', a blend such as "
                    + "'af_bella(2)+af_sky', or an object {\"id\": \"...\"}.", "voice", "missing_voice");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InvalidInputException("'voice' must be a non-empty string or an object {\"id\": \"...\"}.",
                    "voice", "invalid_voice");
        }
        return v.asText();
    }

    private static Map<String, String> aliases(Map<String, String> aliases) {
        if (aliases == null) {
            return Map.of();
        }
        if (aliases.size() > MAX_ALIASES) {
            throw new InvalidInputException("'voice_aliases' may name at most " + MAX_ALIASES + " voices.",
                    "voice_aliases", "too_many_aliases");
        }
        aliases.forEach((alias, spec) -> {
            if (!alias.matches("[A-Za-z0-9_\\-]{1,64}") || spec == null || spec.isBlank()) {
                throw new InvalidInputException("'voice_aliases' maps names (letters, digits, '_' or '-') to voices "
                        + "such as \"af_bella(2)+af_sky\"; " + ClientText.quote(alias) + " is not one.", "voice_aliases",
                        "invalid_voice_alias");
            }
        });
        return aliases;
    }

    /** A request's speed, 1 when absent, checked against the model's range. */
    static float speed(Double speed) {
        if (speed == null) {
            return 1f;
        }
        if (speed.isNaN() || speed < SpeechSpec.MIN_SPEED || speed > SpeechSpec.MAX_SPEED) {
            throw new InvalidInputException("'speed' must be between " + SpeechSpec.MIN_SPEED + " and " + SpeechSpec.MAX_SPEED
                    + ", was " + speed + ".", "speed", "invalid_speed");
        }
        return speed.floatValue();
    }

    private static String instructions(String instructions) {
        if (instructions != null && instructions.length() > MAX_INSTRUCTIONS_CHARS) {
            throw new InvalidInputException("'instructions' may be at most " + MAX_INSTRUCTIONS_CHARS
                    + " characters.", "instructions", "instructions_too_long");
        }
        return instructions;
    }

    /** A request's volume multiplier, 1 when absent, from 0 to {@link #MAX_VOLUME}. */
    static float volume(Double volume) {
        if (volume == null) {
            return 1f;
        }
        if (volume.isNaN() || volume < 0 || volume > MAX_VOLUME) {
            throw new InvalidInputException("'volume_multiplier' must be between 0 and " + MAX_VOLUME
                    + ", was " + volume + ".", "volume_multiplier", "invalid_volume");
        }
        return volume.floatValue();
    }

    /** The response's own audio, or {@code download_format} at the requested rate (its default when none was). */
    private static Optional<AudioOutput> download(Boolean wanted, String downloadFormat, Integer sampleRate,
            AudioOutput response) {
        AudioOutput download = downloadFormat == null ? response
                : AudioOutput.of(AudioFormat.parse(downloadFormat, "download_format"), sampleRate, null);
        return Boolean.TRUE.equals(wanted) ? Optional.of(download) : Optional.empty();
    }

    private static Delivery delivery(String streamFormat, Boolean stream) {
        String format = streamFormat == null ? "audio" : streamFormat.trim().toLowerCase(Locale.ROOT);
        return switch (format) {
            case "sse" -> Delivery.SSE;
            case "audio" -> Boolean.FALSE.equals(stream) ? Delivery.WHOLE : Delivery.STREAMED;
            default -> throw new InvalidInputException("'stream_format' must be 'audio' or 'sse', was "
                    + ClientText.quote(streamFormat) + ".", "stream_format", "invalid_stream_format");
        };
    }
}
