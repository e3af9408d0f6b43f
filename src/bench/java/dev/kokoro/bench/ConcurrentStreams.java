package dev.kokoro.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several streamed requests sent at the same instant, as when many listeners press play at once: how
 * long each waits for its first audio, how much audio the server makes per second of wall time
 * while they all run, how many it refuses (503) for want of capacity, and whether the slowest admitted
 * stream still arrives faster than it plays. PCM is read, so the first byte is the first audio and the
 * byte count its length.
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
     * maximum time to first audio of every admitted stream of every round, the median aggregate real-time
     * factor (audio seconds of all streams / wall seconds from the start to the last stream's end), the
     * streams refused, and the slowest admitted stream's delivery (its audio seconds / seconds from its first
     * to its last byte: below 1 its listener hears gaps).
     */
    void report(PrintWriter out, int streams, int rounds) throws Exception {
        List<Double> firstAudio = new ArrayList<>();
        double[] realTime = new double[rounds];
        double slowest = Double.MAX_VALUE;
        int refused = 0;
        for (int round = 0; round < rounds; round++) {
            client.settle();
            Round result = round(streams);
            firstAudio.addAll(result.firstAudio);
            realTime[round] = result.audioSeconds / result.wallSeconds;
            slowest = Math.min(slowest, result.slowestDelivery);
            refused += result.refused;
        }
        double[] first = firstAudio.stream().mapToDouble(Double::doubleValue).toArray();
        out.printf(Locale.ROOT, "%d concurrent %s stream%s (pcm, %d round%s): first audio median %.0f ms, "
                        + "max %.0f ms; aggregate %.2fx real time; refused %d; slowest admitted %.2fx real time%n",
                streams, label, streams == 1 ? "" : "s", rounds, rounds == 1 ? "" : "s", Samples.median(first) * 1000,
                Samples.max(first) * 1000, Samples.median(realTime), refused, slowest);
    }

    private record Round(List<Double> firstAudio, double audioSeconds, double wallSeconds, int refused,
            double slowestDelivery) {
    }

    private Round round(int streams) throws InterruptedException, ExecutionException {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<BenchClient.Streamed>>> results = new ArrayList<>();
        long start;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < streams; i++) {
                results.add(threads.submit(() -> {
                    go.await();
                    return client.streamUnlessBusy(text, "pcm");
                }));
            }
            start = System.nanoTime();
            go.countDown();
        } // waits for every stream
        double wall = Samples.secondsSince(start);
        List<Double> firstAudio = new ArrayList<>();
        double audio = 0;
        double slowest = Double.MAX_VALUE;
        int refused = 0;
        for (Future<Optional<BenchClient.Streamed>> result : results) {
            Optional<BenchClient.Streamed> answered = result.get();
            if (answered.isEmpty()) {
                refused++;
                continue;
            }
            BenchClient.Streamed streamed = answered.get();
            firstAudio.add(streamed.firstAudioSeconds());
            audio += streamed.pcmSeconds();
            slowest = Math.min(slowest, streamed.pcmSeconds()
                    / (streamed.totalSeconds() - streamed.firstAudioSeconds()));
        }
        return new Round(firstAudio, audio, wall, refused, slowest);
    }
}
