package dev.kokoro.text.normalize;

/**
 * One step of the normalization pipeline: rewrites one kind of written form (URLs, money, dates…)
 * into words and leaves everything else as it found it. Implementations are stateless and
 * thread-safe, and run in time linear in the length of the text.
 */
interface NormalizationRule {
    String apply(String text, RuleContext context);
}
