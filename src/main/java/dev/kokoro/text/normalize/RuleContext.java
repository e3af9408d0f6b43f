package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;

/** What a rule needs to know about the request it is normalizing. Immutable. */
record RuleContext(Language language, NormalizationOptions options, NumberWords numbers, LanguageWords words) {

    boolean english() {
        return language.isEnglish();
    }

    boolean separatorIsSpace() {
        return !words.separator().isEmpty();
    }

    /** Japanese and Chinese write words without spaces between them. */
    String join(String a, String b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a + words.separator() + b;
    }
}
