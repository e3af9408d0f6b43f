package dev.kokoro.text.ssml;

import java.util.Map;

/**
 * The rule of each SSML element. Elements not listed ({@code speak}, {@code emphasis}, {@code mark},
 * {@code audio}, {@code lang}, a vendor's {@code amazon:effect}, anything unknown) are spoken as
 * their text; the ones whose text is not meant to be spoken are muted.
 */
final class ElementRules {
    private static final ElementRule TEXT_ONLY = new ElementRule() { };
    /** Captures its content and says nothing: descriptions and metadata. */
    private static final ElementRule MUTED = new ElementRule() {
        @Override
        public boolean capturesText() {
            return true;
        }
    };
    private static final Map<String, ElementRule> RULES = Map.ofEntries(
            Map.entry("break", new BreakRule()),
            Map.entry("prosody", new ProsodyRule()),
            Map.entry("voice", new VoiceRule()),
            Map.entry("phoneme", new PhonemeRule()),
            Map.entry("sub", new SubRule()),
            Map.entry("say-as", new SayAsRule()),
            Map.entry("s", SentenceRule.SENTENCE),
            Map.entry("p", SentenceRule.PARAGRAPH),
            // SSML 1.0's longer names for s and p
            Map.entry("sentence", SentenceRule.SENTENCE),
            Map.entry("paragraph", SentenceRule.PARAGRAPH),
            Map.entry("desc", MUTED),
            Map.entry("metadata", MUTED));

    private ElementRules() {
    }

    static ElementRule of(String name) {
        return RULES.getOrDefault(name, TEXT_ONLY);
    }
}
