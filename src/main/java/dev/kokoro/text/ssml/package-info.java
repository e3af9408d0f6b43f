/**
 * SSML input: {@link dev.kokoro.text.ssml.SsmlTranslator} turns a {@code <speak>} document into the
 * inline markup of {@code dev.kokoro.text.markup} ({@code [pause:…]}, {@code [rate:…]},
 * {@code [voice:…]}, {@code [word](/phonemes/)}) plus plain text, which then goes through the usual
 * pipeline. One small rule per element ({@link dev.kokoro.text.ssml.ElementRules}); say-as kinds
 * are formatters in the request's language ({@link dev.kokoro.text.ssml.SayAs}). The XML is read by
 * the JDK's SAX parser with DTDs refused ({@link dev.kokoro.text.ssml.SecureXmlReader}).
 */
package dev.kokoro.text.ssml;
