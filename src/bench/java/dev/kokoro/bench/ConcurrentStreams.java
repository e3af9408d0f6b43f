package dev.kokoro.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several streamed requests sent at the same instant, as when many listeners press play at once: how
 * long each waits for its first audio, and how much audio the server makes per second of wall time
 * while they all run. PCM is read, so the first byte is the first audio and the byte count its length.
 */
final class ConcurrentStreams {
    private final BenchClient client;
    private final String label;
    private final String text;

    ConcurrentStreams(BenchClient client, String label, String text) {
        this.client = client;
        this.label = label;
        this.text = text;
    }

    /**
     * Prints one line for {@code streams} concurrent streams over {@code rounds} rounds: the median and
     * maximum time to first audio of every stream of every round, and the median aggregate real-time
     * factor (audio seconds of all streams / wall seconds from the start to the last stream's end).
     */
    void report(PrintWriter out, int streams, int rounds) throws Exception {
        double[] firstAudio = new double[streams * rounds];
        double[] realTime = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            client.settle();
            Round result = round(streams);
            System.arraycopy(result.firstAudio, 0, firstAudio, round * streams, streams);
            realTime[round] = result.audioSeconds / result.wallSeconds;
        }
        out.printf(Locale.ROOT, "%d concurrent %s stream%s (pcm, %d round%s): first audio median %.0f ms, "
                        + "max %.0f ms; aggregate %.2fx real time%n", streams, label, streams == 1 ? "" : "s",
                rounds, rounds == 1 ? "" : "s", Samples.median(firstAudio) * 1000, Samples.max(firstAudio) * 1000,
                Samples.median(realTime));
    }

    private record Round(double[] firstAudio, double audioSeconds, double wallSeconds) {
    }

    private Round round(int streams) throws InterruptedException, ExecutionException {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BenchClient.Streamed>> results = new ArrayList<>();
        long start;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < streams; i++) {
                results.add(threads.submit(() -> {
                    go.await();
                    return client.stream(text, "pcm");
                }));
            }
            start = System.nanoTime();
            go.countDown();
        } // waits for every stream
        double wall = Samples.secondsSince(start);
        double[] firstAudio = new double[streams];
        double audio = 0;
        for (int i = 0; i < streams; i++) {
            BenchClient.Streamed streamed = results.get(i).get();
            firstAudio[i] = streamed.firstAudioSeconds();
            audio += streamed.pcmSeconds();
        }
        return new Round(firstAudio, audio, wall);
    }
}
