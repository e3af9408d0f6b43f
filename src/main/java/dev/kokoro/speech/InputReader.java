package dev.kokoro.speech;

import dev.kokoro.text.Language;
import dev.kokoro.text.markup.MarkupParser;
import dev.kokoro.text.markup.Segment;
import dev.kokoro.text.markup.VoiceSegment;
import dev.kokoro.text.ssml.SsmlTranslator;
import dev.kokoro.voice.Voice;
import dev.kokoro.voice.VoiceLibrary;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a request's input into segments: SSML (when detection is on and the input starts with {@code <speak})
 * is first translated into inline markup, then the markup is parsed; every voice a speaker tag names is
 * resolved at once, so an unknown one is a client error before any audio. Also resolves those names, aliases
 * first (the request's over the configured ones). Thread-safe.
 */
public final class InputReader {
    private final MarkupParser markup;
    private final SsmlTranslator ssml;
    private final boolean detectSsml;
    private final VoiceLibrary voices;
    private final Map<String, String> configuredAliases;

    /**
     * @param detectSsml        whether an input starting with {@code <speak} is read as SSML
     * @param configuredAliases alias → voice spec, for every request
     */
    public InputReader(MarkupParser markup, SsmlTranslator ssml, boolean detectSsml, VoiceLibrary voices,
            Map<String, String> configuredAliases) {
        this.markup = markup;
        this.ssml = ssml;
        this.detectSsml = detectSsml;
        this.voices = voices;
        this.configuredAliases = lowerCaseKeys(configuredAliases);
    }

    /** Whether this input will be read as SSML. */
    public boolean isSsml(String input) {
        return detectSsml && SsmlTranslator.looksLikeSsml(input);
    }

    /** The SSML translated into the inline markup the pipeline reads. */
    public String ssmlToMarkup(String input, Language language) {
        return ssml.toMarkup(input, language);
    }

    List<Segment> segments(String input, Language language, Function<String, Voice> speakers) {
        List<Segment> segments = isSsml(input)
                ? markup.withSpeakerTags().parse(ssmlToMarkup(input, language))
                : markup.parse(input);
        segments.stream().filter(VoiceSegment.class::isInstance).map(VoiceSegment.class::cast)
                .forEach(tag -> tag.voice().ifPresent(speakers::apply));
        return segments;
    }

    /** Resolves a speaker tag's voice: an alias (the request's first), else a voice name or blend. */
    Function<String, Voice> speakers(Map<String, String> requestAliases) {
        Map<String, String> aliases = new HashMap<>(configuredAliases);
        aliases.putAll(lowerCaseKeys(requestAliases));
        return name -> voices.resolve(aliases.getOrDefault(name.strip().toLowerCase(Locale.ROOT), name));
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> aliases) {
        Map<String, String> lower = new HashMap<>();
        aliases.forEach((alias, spec) -> lower.put(alias.strip().toLowerCase(Locale.ROOT), spec));
        return lower;
    }
}
