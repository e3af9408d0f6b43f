/**
 * Caption files from word timestamps: {@link dev.kokoro.captions.CueBuilder} groups words into cues, and one
 * {@link dev.kokoro.captions.CaptionFormat} class per file format writes them.
 */
package dev.kokoro.captions;
