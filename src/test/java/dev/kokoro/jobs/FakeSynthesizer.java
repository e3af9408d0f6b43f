package dev.kokoro.jobs;

import dev.kokoro.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * A synthesizer without a model: each word of the text is one chunk, reported as progress, and the audio is the
 * text's bytes. The voice {@code xx_unknown} fails as an unknown voice would; the word {@code wait} holds the
 * synthesis at that chunk until {@link #release()} (checking for cancellation meanwhile, as a chunk boundary
 * would), and tells {@link #waiting()}.
 */
final class FakeSynthesizer implements JobSynthesizer {
    static final String UNKNOWN_VOICE = "xx_unknown";

    private final List<String> started = new CopyOnWriteArrayList<>();
    private final List<JobPriority> priorities = new CopyOnWriteArrayList<>();
    private final List<String> chunks = new CopyOnWriteArrayList<>();
    private final CountDownLatch waiting = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    public SynthesizedAudio synthesize(JobSpec spec, JobPriority priority, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        started.add(spec.text());
        priorities.add(priority);
        if (spec.voice().equals(UNKNOWN_VOICE)) {
            throw new InvalidInputException("Voice '" + UNKNOWN_VOICE + "' not found", "voice", "voice_not_found");
        }
        String[] words = spec.text().split(" ");
        for (int i = 0; i < words.length; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException();
            }
            if (words[i].equals("wait")) {
                hold(cancelled);
            }
            chunks.add(spec.text() + "#" + i);
            progress.accept((i + 1) / (double) words.length);
        }
        return new SynthesizedAudio(spec.text().getBytes(StandardCharsets.UTF_8), spec.format(), words.length);
    }

    private void hold(BooleanSupplier cancelled) {
        waiting.countDown();
        try {
            while (!release.await(5, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException();
        }
    }

    /** Waits until a synthesis is held at a {@code wait} word. */
    void awaitWaiting() throws InterruptedException {
        if (!waiting.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no synthesis reached its wait");
        }
    }

    void release() {
        release.countDown();
    }

    /** The texts whose synthesis started, in order. */
    List<String> started() {
        return started;
    }

    /** The priorities the syntheses were asked at, in the order they started. */
    List<JobPriority> priorities() {
        return priorities;
    }

    /** The chunks synthesized, as text#index. */
    List<String> chunks() {
        return chunks;
    }
}
