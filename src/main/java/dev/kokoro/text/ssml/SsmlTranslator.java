package dev.kokoro.text.ssml;

import dev.kokoro.text.Language;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translates an SSML document into the inline markup the pipeline reads: {@code <break>} →
 * {@code [pause:500ms]}, {@code <prosody rate>} → {@code [rate:1.2]}, {@code <voice name>} →
 * {@code [voice:am_adam]} … {@code [voice:default]}, {@code <phoneme>} → {@code [word](/phonemes/)},
 * {@code <sub>} → its alias, {@code <say-as>} → words or characters in the request's language,
 * {@code <s>}/{@code <p>} → sentence and paragraph ends; other elements are spoken as their text.
 * Text has its whitespace collapsed and its square brackets made round, so it cannot form a tag.
 *
 * <p>Untrusted input is safe: no DTD, no entity expansion, no external access, and caps on size,
 * depth and element count; every problem is an {@link dev.kokoro.error.InvalidInputException}
 * ({@code param} "input", {@code code} "invalid_ssml") naming its line and column.
 *
 * <p>Thread-safe; build one and share it. Cheap to build: each language's say-as data loads on
 * its first document.
 */
public final class SsmlTranslator {
    /** Built on a language's first document: ICU's number and date data cost a few hundred ms a language. */
    private final Map<Language, SayAs> sayAs = new ConcurrentHashMap<>();

    /**
     * Whether {@code input} is meant as SSML: after an optional byte-order mark, whitespace and
     * {@code <?xml ...?>} declaration, it starts with {@code <speak} (any case).
     */
    public static boolean looksLikeSsml(String input) {
        return input != null && SsmlStart.isSsml(input);
    }

    /**
     * The inline markup that says what {@code ssml} says, with say-as read in {@code language}.
     *
     * @throws dev.kokoro.error.InvalidInputException if the document is not well-formed XML, its
     *         root is not {@code <speak>}, it has a DOCTYPE, it is too large, too deep or has too many
     *         elements, or an attribute (break time or strength, prosody rate, voice name, phonemes) is unusable
     */
    public String toMarkup(String ssml, Language language) {
        Objects.requireNonNull(ssml, "ssml");
        Objects.requireNonNull(language, "language");
        SayAs languageSayAs = sayAs.computeIfAbsent(language, SayAs::new);
        SsmlHandler handler = new SsmlHandler(new Translation(new MarkupWriter(language), languageSayAs));
        SecureXmlReader.parse(ssml, handler);
        return handler.markup();
    }
}
