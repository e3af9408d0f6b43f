package dev.kokoro.text;

import dev.kokoro.error.ClientText;
import dev.kokoro.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The languages Kokoro-82M v1.0 was trained on. The one-letter code is the first letter of a voice id
 * ({@code af_heart} is American English) and the {@code lang_code} a request may give.
 */
public enum Language {
    AMERICAN_ENGLISH('a', "en-us", "en-us", Locale.US),
    BRITISH_ENGLISH('b', "en-gb", "en-gb-x-rp", Locale.UK),
    SPANISH('e', "es", "es", Locale.forLanguageTag("es")),
    FRENCH('f', "fr-fr", "fr-fr", Locale.FRANCE),
    HINDI('h', "hi", "hi", Locale.forLanguageTag("hi-IN")),
    ITALIAN('i', "it", "it", Locale.ITALY),
    JAPANESE('j', "ja", "ja", Locale.JAPAN),
    BRAZILIAN_PORTUGUESE('p', "pt-br", "pt-br", Locale.forLanguageTag("pt-BR")),
    MANDARIN_CHINESE('z', "zh", "cmn", Locale.CHINA);

    private final char code;
    private final String tag;
    private final String espeakVoice;
    private final Locale locale;

    Language(char code, String tag, String espeakVoice, Locale locale) {
        this.code = code;
        this.tag = tag;
        this.espeakVoice = espeakVoice;
        this.locale = locale;
    }

    /** Kokoro's one-letter code. */
    public char code() {
        return code;
    }

    /** The BCP-47-style tag shown to clients, e.g. {@code en-us}. */
    public String tag() {
        return tag;
    }

    /** The espeak-ng voice that phonemizes this language. */
    public String espeakVoice() {
        return espeakVoice;
    }

    /** The locale whose number spelling and conventions this language follows. */
    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return this == AMERICAN_ENGLISH || this == BRITISH_ENGLISH;
    }

    /** The language of a voice id such as {@code bf_emma}, from its first letter. */
    public static Language ofVoiceId(String voiceId) {
        if (voiceId == null || voiceId.isEmpty()) {
            throw new InvalidInputException("Voice id is empty.", "voice", "invalid_voice");
        }
        return ofCode(String.valueOf(voiceId.charAt(0)), "voice");
    }

    /**
     * Parses a {@code lang_code}: the one-letter code ({@code a}), the tag ({@code en-us}) or the
     * enum name, any case.
     */
    public static Language ofCode(String value, String param) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> v.equals(String.valueOf(l.code)) || v.equals(l.tag) || v.equals(l.name().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "Unknown language " + ClientText.quote(value) + ". Use one of a, b, e, f, h, i, j, p, z "
                                + "(or en-us, en-gb, es, fr-fr, hi, it, ja, pt-br, zh).",
                        param, "unsupported_language"));
    }
}
