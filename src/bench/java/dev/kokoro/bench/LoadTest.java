package dev.kokoro.bench;

import dev.kokoro.scheduling.SchedulerStats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many clients at once against the real server, as a public endpoint sees them: most read their stream as fast as
 * it comes, some read it slowly, some hang up after the first bytes. Each client sends one request after another
 * until the plan's requests are all sent; a refused one (503) waits the Retry-After it was given before its next,
 * as a well-behaved client does. Every answer is classified, and every accepted body is checked against the length
 * the same text gives alone: raw PCM's length is fixed by the text (a set number of samples per token), so any
 * other count is audio lost or mangled under load.
 */
final class LoadTest {
    private static final int BUFFER_BYTES = 4096;
    /** The pause after a 503 that named no Retry-After. */
    private static final int DEFAULT_RETRY_SECONDS = 1;

    private final BenchClient client;
    private final Plan plan;

    /**
     * @param text               what every request says, streamed as pcm
     * @param clients            clients sending at once
     * @param slowReaders        of these, how many read at {@code slowBytesPerSecond}
     * @param slowBytesPerSecond how fast the slow ones read
     * @param abruptClients      of the clients, how many close the connection once the first audio bytes are in
     * @param requests           requests sent in all, by all the clients together
     */
    record Plan(String text, int clients, int slowReaders, int slowBytesPerSecond, int abruptClients, int requests) {
        Plan {
            if (slowReaders + abruptClients > clients) {
                throw new IllegalArgumentException("more slow and abrupt clients than clients");
            }
        }

        /**
         * The bench's plan: 64 clients (8 reading 16 KB/s, a third of real time for 24 kHz 16-bit audio, and 8
         * hanging up at once), about 1 000 requests.
         */
        static Plan standard(String text) {
            return new Plan(text, 64, 8, 16 * 1024, 8, 1000);
        }
    }

    LoadTest(BenchClient client, Plan plan) {
        this.client = client;
        this.plan = plan;
    }

    /** How a client reads the bodies of its accepted answers. */
    private enum Reader { FULL, SLOW, ABRUPT }

    private enum Outcome { ACCEPTED, REFUSED, CANCELLED, FAILED }

    /**
     * One request's fate.
     *
     * @param firstAudioSeconds from sending to the first body byte; NaN when none came
     * @param bytes             the accepted body's length, -1 when it broke off with an error
     * @param retryAfterSeconds for a refused one, how long it was told to wait
     */
    private record Answer(Outcome outcome, double firstAudioSeconds, long bytes, int retryAfterSeconds) {
        static Answer of(Outcome outcome) {
            return new Answer(outcome, 0, 0, 0);
        }
    }

    /**
     * What a run saw.
     *
     * @param expectedBytes   the pcm body's length for the text, measured alone before the load
     * @param truncated       accepted answers whose body had another length or broke off
     * @param serverRejected  syntheses the server's scheduler refused during the run (should equal {@code refused})
     * @param serverCancelled streams the server's scheduler saw cancelled during the run
     */
    record Report(Plan plan, double wallSeconds, long expectedBytes, int accepted, int refused, int cancelled,
                  int failed, int truncated, double firstAudioP50, double firstAudioP99, long serverRejected,
                  long serverCancelled, double rssBeforeMegabytes, double rssAfterMegabytes) {
        int sent() {
            return accepted + refused + cancelled + failed;
        }

        void print(PrintWriter out) {
            out.printf(Locale.ROOT, "load (pcm, %d clients: %d reading %d KB/s, %d hanging up after the first bytes): "
                            + "%d requests in %.0f s%n", plan.clients, plan.slowReaders, plan.slowBytesPerSecond / 1024,
                    plan.abruptClients, sent(), wallSeconds);
            out.printf(Locale.ROOT, "  %d accepted, %d refused (503), %d cancelled by their client, %d failed; "
                    + "%d truncated bodies (each should be %d bytes)%n", accepted, refused, cancelled, failed, truncated,
                    expectedBytes);
            out.printf(Locale.ROOT, "  first audio of the accepted: p50 %.0f ms, p99 %.0f ms; the server counted %d "
                            + "refused, %d cancelled; RSS after a GC %.0f MB before, %.0f MB after%n",
                    firstAudioP50 * 1000, firstAudioP99 * 1000, serverRejected, serverCancelled, rssBeforeMegabytes,
                    rssAfterMegabytes);
        }
    }

    Report run() throws Exception {
        client.settle();
        long expectedBytes = client.stream(plan.text, "pcm").bytes();
        double rssBefore = ProcessMemory.residentAfterGcMegabytes();
        SchedulerStats before = client.server().scheduler().stats();
        AtomicInteger unsent = new AtomicInteger(plan.requests);
        Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < plan.clients; i++) {
                Reader reader = i < plan.slowReaders ? Reader.SLOW
                        : i < plan.slowReaders + plan.abruptClients ? Reader.ABRUPT : Reader.FULL;
                clients.submit(() -> {
                    while (unsent.getAndDecrement() > 0) {
                        Answer answer = request(reader);
                        answers.add(answer);
                        Thread.sleep(answer.retryAfterSeconds * 1000L);
                    }
                    return null;
                });
            }
        } // waits for every client
        double wall = Samples.secondsSince(start);
        client.awaitIdle();
        SchedulerStats after = client.server().scheduler().stats();
        double rssAfter = ProcessMemory.residentAfterGcMegabytes();
        List<Answer> accepted = answers.stream().filter(a -> a.outcome == Outcome.ACCEPTED).toList();
        double[] firstAudio = accepted.stream().mapToDouble(Answer::firstAudioSeconds).filter(s -> !Double.isNaN(s))
                .toArray();
        return new Report(plan, wall, expectedBytes, accepted.size(), count(answers, Outcome.REFUSED),
                count(answers, Outcome.CANCELLED), count(answers, Outcome.FAILED),
                (int) accepted.stream().filter(a -> a.bytes != expectedBytes).count(),
                firstAudio.length == 0 ? Double.NaN : Samples.percentile(firstAudio, 50),
                firstAudio.length == 0 ? Double.NaN : Samples.percentile(firstAudio, 99),
                after.streamsRejected() - before.streamsRejected(), after.streamsCancelled() - before.streamsCancelled(),
                rssBefore, rssAfter);
    }

    private static int count(Queue<Answer> answers, Outcome outcome) {
        return (int) answers.stream().filter(a -> a.outcome == outcome).count();
    }

    /** Sends one request and reads its answer as {@code reader} does; a client's mistake or bad luck is an answer. */
    private Answer request(Reader reader) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = client.open(plan.text, "pcm");
        } catch (IOException e) {
            return Answer.of(Outcome.FAILED);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() == 503) {
                in.readAllBytes();
                int retry = response.headers().firstValue("Retry-After").map(Integer::parseInt)
                        .orElse(DEFAULT_RETRY_SECONDS);
                return new Answer(Outcome.REFUSED, 0, 0, retry);
            }
            if (response.statusCode() != 200) {
                return Answer.of(Outcome.FAILED);
            }
            return body(in, reader, start);
        } catch (IOException e) {
            return Answer.of(Outcome.FAILED); // the refusal's or the error's body broke off
        }
    }

    /** Reads an accepted body as {@code reader} does; closing it (by the caller) before its end hangs up. */
    private Answer body(InputStream in, Reader reader, long start) throws InterruptedException {
        double firstAudio = Double.NaN;
        try {
            int first = in.read();
            firstAudio = Samples.secondsSince(start);
            if (first < 0) {
                return new Answer(Outcome.ACCEPTED, firstAudio, 0, 0);
            }
            if (reader == Reader.ABRUPT) {
                return new Answer(Outcome.CANCELLED, firstAudio, 1, 0);
            }
            long rest = reader == Reader.SLOW ? readPaced(in) : in.transferTo(OutputStream.nullOutputStream());
            return new Answer(Outcome.ACCEPTED, firstAudio, 1 + rest, 0);
        } catch (IOException e) {
            return new Answer(Outcome.ACCEPTED, firstAudio, -1, 0);
        }
    }

    /** Reads the rest at {@link Plan#slowBytesPerSecond}: never ahead of the pace since the first byte. */
    private long readPaced(InputStream in) throws IOException, InterruptedException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long start = System.nanoTime();
        long bytes = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            bytes += n;
            long due = start + bytes * 1_000_000_000L / plan.slowBytesPerSecond;
            long ahead = due - System.nanoTime();
            if (ahead > 0) {
                Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
            }
        }
        return bytes;
    }
}
