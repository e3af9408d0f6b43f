/**
 * Inline markup in a request's input: {@link dev.kokoro.text.markup.MarkupParser} splits it into
 * text, pauses ({@code [pause:1.5s]}) and words with given phonemes ({@code [word](/phonemes/)}),
 * before any normalization. The pipeline normalizes each {@link dev.kokoro.text.markup.TextSegment}
 * only; phonemes go to the model as written.
 */
package dev.kokoro.text.markup;
