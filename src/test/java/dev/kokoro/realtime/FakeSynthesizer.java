package dev.kokoro.realtime;

import dev.kokoro.speech.AudioChunk;
import dev.kokoro.speech.CaptionWord;
import dev.kokoro.speech.WordTiming;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Speaks each clause as {@code chunks} chunks of 100 ms, one word each (the clause's text and the chunk's index).
 * With {@code stallAfter} a synthesis stops after that many chunks and waits until it is closed, as a slow
 * synthesis would; the closes are counted.
 */
final class FakeSynthesizer implements Synthesizer {
    static final int CHUNK_SAMPLES = 2400;

    final List<String> started = new CopyOnWriteArrayList<>();
    final List<String> closed = new CopyOnWriteArrayList<>();
    private final int chunks;
    private final int stallAfter;

    FakeSynthesizer(int chunks, int stallAfter) {
        this.chunks = chunks;
        this.stallAfter = stallAfter;
    }

    @Override
    public Synthesis start(String clause) {
        started.add(clause);
        return new Synthesis() {
            private final CountDownLatch closing = new CountDownLatch(1);
            private int made;

            @Override
            public AudioChunk next() throws InterruptedException {
                if (made == stallAfter) {
                    closing.await();
                }
                if (closing.getCount() == 0) {
                    throw new CancellationException("closed");
                }
                if (made == chunks) {
                    return null;
                }
                // Word times count from the clause's start, as SpeechStream's do.
                long start = (long) made * CHUNK_SAMPLES;
                CaptionWord word = new CaptionWord(clause + "#" + made++, null, clause);
                return new AudioChunk(new short[CHUNK_SAMPLES], 10,
                        List.of(new WordTiming(word, start, start + CHUNK_SAMPLES)));
            }

            @Override
            public void close() {
                if (closing.getCount() > 0) {
                    closed.add(clause);
                    closing.countDown();
                }
            }
        };
    }
}
