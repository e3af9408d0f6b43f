package dev.kokoro.speech;

/**
 * When a word is heard, in samples from the start of its audio (of the chunk inside {@link AudioChunk}, of the
 * whole synthesis once {@link SpeechStream} hands it out). Start and end are equal for a word that has no
 * sound of its own.
 */
public record WordTiming(CaptionWord word, long startSample, long endSample) {
    WordTiming shiftedBy(long samples) {
        return new WordTiming(word, startSample + samples, endSample + samples);
    }
}
